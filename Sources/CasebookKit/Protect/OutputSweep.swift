/// Looks for every protected value in every byte the build would write and in every output path, after
/// rendering and before anything is published: whatever form the sources wrote it in, a hit fails the build.
struct OutputSweep: Sendable {
    let list: ProtectionList
    /// The output folder as diagnostics name it, e.g. `site`.
    let folder: String
    /// The folders of the site's other languages than the default (`ru`), which hold the same pages.
    var languageFolders: Set<String> = []

    /// A sweep for `list` of the output folder `folder`, whose other languages' pages are in their folders.
    init(list: ProtectionList, folder: String, languages config: SiteConfig? = nil) {
        (self.list, self.folder) = (list, folder)
        languageFolders = Set((config?.languages ?? []).map { config?.folder(of: $0) ?? "" }.filter { !$0.isEmpty }.map { String($0.dropLast()) })
    }

    /// The diagnostics for one output file: at its `path:line:column` in the output folder.
    func check(_ file: OutputFile) -> [Diagnostic] {
        check(piece: file.contents, of: file.path, startingAt: SourceLocation(path: file.path))
    }

    /// The diagnostics for a piece of the file at `path` that starts at the line and column of `start`
    /// there (see `StagingFolder.Stream`); the path itself is checked with the piece that starts the file.
    func check(piece: [UInt8], of path: String, startingAt start: SourceLocation) -> [Diagnostic] {
        guard !list.isEmpty else { return [] }
        let shown = folder.isEmpty ? path : folder + "/" + path
        let caseSlug = Self.caseSlug(of: path, languageFolders: languageFolders)
        let markup = path.hasSuffix(".html") || path.hasSuffix(".xml") || path.hasSuffix(".svg")
        let found = list.diagnostics(in: piece, path: shown, caseSlug: caseSlug, readings: [markup ? .markup : .plain], place: .output)
            .map { hit in
                var hit = hit
                if hit.location.line == 1 { hit.location.column += start.column - 1 }
                hit.location.line += start.line - 1
                return hit
            }
        guard start.line == 1, start.column == 1 else { return found }
        return found + list.diagnostics(in: Array(path.utf8), path: shown, caseSlug: caseSlug, readings: [.plain], place: .output)
            .map { .error($0.message, at: SourceLocation(path: shown)) }
    }

    /// The diagnostics for `files` (on all cores), passing over those whose bytes are as in `previous`,
    /// the files last written for the same protected values.
    func check(_ files: [OutputFile], unchangedSince previous: [String: [UInt8]]?) -> [Diagnostic] {
        guard !list.isEmpty else { return [] }
        return files.parallelMap(counted: false) { file in
            previous?[file.path] == file.contents ? [] : check(file)
        }.flatMap { $0 }
    }

    /// The case whose page (or page's search text) an output path is: `cases/<slug>/…` or
    /// `search/text/cases.<slug>[.<document>].txt`, in the site's root or in a language's folder.
    static func caseSlug(of path: String, languageFolders: Set<String> = []) -> String? {
        var parts = path.split(separator: "/")
        if let first = parts.first, languageFolders.contains(String(first)) { parts.removeFirst() }
        if parts.count >= 3, parts[0] == "cases", parts[1] != "page" { return String(parts[1]) }
        if parts.count == 3, parts[0] == "search", parts[1] == "text" {
            let name = parts[2].split(separator: ".")
            if name.count >= 3, name[0] == "cases" { return String(name[1]) }
        }
        return nil
    }
}
