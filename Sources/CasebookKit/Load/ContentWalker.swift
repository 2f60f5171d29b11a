import Foundation

/// Lists the files under the content folder, in a stable order, with their place in the layout.
struct ContentWalker {
    /// One file found under `content/`.
    struct File: Sendable {
        var url: URL
        /// Path components relative to the content folder.
        var components: [String]
        /// A symbolic link whose target lies outside the content folder: never read.
        var leavesContent = false
    }

    var folder: URL

    /// Every non-hidden regular file below the folder, sorted by path.
    func files() -> [File] {
        let base = folder.standardizedFileURL.resolvingSymlinksInPath().pathComponents
        let keys: [URLResourceKey] = [.isRegularFileKey, .isSymbolicLinkKey]
        guard let enumerator = FileManager.default.enumerator(
            at: folder.resolvingSymlinksInPath(), includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
        else { return [] }
        var files: [File] = []
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: Set(keys))
            let components = Array(url.standardizedFileURL.pathComponents.dropFirst(base.count))
            if values?.isSymbolicLink == true {
                let target = url.resolvingSymlinksInPath().standardizedFileURL.pathComponents
                let inside = target.starts(with: base) && target.count > base.count
                files.append(File(url: url, components: components, leavesContent: !inside))
                if inside, (try? url.resolvingSymlinksInPath().resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
                    files.removeLast()  // a link to a folder inside content: its files are listed where they really are
                }
                continue
            }
            guard values?.isRegularFile == true else { continue }
            files.append(File(url: url, components: components))
        }
        return files.sorted { $0.components.lexicographicallyPrecedes($1.components) }
    }
}
