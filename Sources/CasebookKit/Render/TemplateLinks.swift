import Foundation

/// The symbolic links anywhere under `templates/`: templates, partials, `strings.yml` and assets.
///
/// A link could pull any file of the machine into the site (an asset linked to a private note, a partial
/// linked to another project's file) or out of the reviewed folder. Every link is refused, whether it
/// leaves the folder or not, and nothing is read or copied through it; hidden entries are looked at too,
/// since assets are copied whole.
struct TemplateLinks {
    /// The standardized paths of the links, sorted.
    let paths: [String]

    /// Finds the links under `folder`, without entering folders behind links.
    init(under folder: URL) {
        var found: [String] = []
        var pending = [folder.standardizedFileURL.path]
        while let path = pending.popLast() {
            for entry in DirectoryEntries.read(path) ?? [] {
                let full = path + "/" + entry.name
                switch DirectoryEntries.kind(of: entry.type, at: full) {
                case .link: found.append(full)
                case .directory: pending.append(full)
                case .file, .other: continue
                }
            }
        }
        paths = found.sorted()
    }

    /// Whether the file at `url` is one of the links.
    func contains(_ url: URL) -> Bool { paths.contains(url.standardizedFileURL.path) }

    /// An error at each link.
    func diagnostics(displayPath: (URL) -> String) -> [Diagnostic] {
        paths.map { .error(.templateLink, at: SourceLocation(path: displayPath(URL(fileURLWithPath: $0)))) }
    }
}
