import Foundation

/// Lists the files under the content folder, in a stable order, with their place in the layout.
struct ContentWalker {
    /// One file found under `content/`.
    struct File: Sendable {
        var url: URL
        /// Path components relative to the content folder.
        var components: [String]
    }

    var folder: URL

    /// Every non-hidden regular file below the folder, sorted by path.
    func files() -> [File] {
        let base = folder.standardizedFileURL.resolvingSymlinksInPath().pathComponents
        let keys: [URLResourceKey] = [.isRegularFileKey]
        guard let enumerator = FileManager.default.enumerator(
            at: folder.resolvingSymlinksInPath(), includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
        else { return [] }
        var files: [File] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: Set(keys)).isRegularFile) == true else { continue }
            let components = Array(url.standardizedFileURL.pathComponents.dropFirst(base.count))
            files.append(File(url: url, components: components))
        }
        return files.sorted { $0.components.lexicographicallyPrecedes($1.components) }
    }
}
