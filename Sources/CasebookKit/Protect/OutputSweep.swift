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
        guard !list.isEmpty else { return [] }
        let path = folder.isEmpty ? file.path : folder + "/" + file.path
        let caseSlug = Self.caseSlug(of: file.path, languageFolders: languageFolders)
        let markup = file.path.hasSuffix(".html") || file.path.hasSuffix(".xml") || file.path.hasSuffix(".svg")
        return list.diagnostics(in: file.contents, path: path, caseSlug: caseSlug, readings: [markup ? .markup : .plain], place: .output)
            + list.diagnostics(in: Array(file.path.utf8), path: path, caseSlug: caseSlug, readings: [.plain], place: .output)
                .map { .error($0.message, at: SourceLocation(path: path)) }
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
