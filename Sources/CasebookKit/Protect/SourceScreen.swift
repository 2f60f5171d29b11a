import Foundation

/// Looks for every protected value in what the site is made from (each content file's public lines and
/// its path under `content/`, `casebook.yml`, every template), and reports each at its `path:line:column`.
///
/// It gives early, located errors; what guarantees protection is the `OutputSweep` of every byte written.
struct SourceScreen {
    let list: ProtectionList

    /// Diagnostics for the content's files and for `settings` (the configuration and templates).
    func check(_ content: ContentSet, settings: [ScreenedSource]) -> [Diagnostic] {
        guard !list.isEmpty else { return [] }
        let caseByFolder = Dictionary(content.cases.map { (Self.folder(of: $0.location.path), $0.slug) }, uniquingKeysWith: { first, _ in first })
        let list = list
        return (content.sources + settings).parallelMap(counted: false) { source in
            let caseSlug = source.inCase ? caseByFolder[Self.folder(of: source.path)] : nil
            var found = list.diagnostics(
                in: source.screenedBytes, path: source.path, caseSlug: caseSlug, readings: [.markup], place: .sourceText)
            if let relative = source.relativePath {
                found += list.diagnostics(in: Array(relative.utf8), path: source.path, caseSlug: caseSlug, readings: [.plain], place: .sourcePath)
                    .map { .error($0.message, at: SourceLocation(path: source.path)) }
            }
            return found
        }.flatMap { $0 }
    }

    /// The configuration file and every text file under the templates folder, read whole.
    static func settings(config: URL, templates: URL) -> [ScreenedSource] {
        let files = [config] + ((FileManager.default.enumerator(at: templates, includingPropertiesForKeys: nil)?.allObjects as? [URL]) ?? [])
        return files.compactMap { url in
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else { return nil }
            let assets = templates.appendingPathComponent("assets").standardizedFileURL.path + "/"
            let path = url.standardizedFileURL.path
            let relative = path.hasPrefix(assets) ? "assets/" + path.dropFirst(assets.count) : nil
            return ScreenedSource(path: SourceLocation.displayPath(of: url), relativePath: relative, text: text, inCase: false)
        }
    }

    private static func folder(of path: String) -> String { (path as NSString).deletingLastPathComponent }
}
