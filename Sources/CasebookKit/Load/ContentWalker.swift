import Foundation

/// Lists the files under the content folder, in a stable order, with their place in the layout.
///
/// Reads folders with `DirectoryEntries`, whose entries carry their type: enumerating with `URL` resource
/// values was a serial second per ten thousand files. The folders of one depth are read many at a time,
/// for a disk that has not cached them.
struct ContentWalker {
    /// One file found under `content/`.
    struct File: Sendable {
        /// The standardized absolute path, in the content folder as resolved.
        var path: String
        /// Path components relative to the content folder.
        var components: [String]
        /// A symbolic link whose target lies outside the content folder: never read.
        var leavesContent = false

        var url: URL { URL(fileURLWithPath: path) }
    }

    var folder: URL

    /// Every non-hidden regular file below the folder, sorted by path.
    func files() -> [File] {
        let base = folder.standardizedFileURL.resolvingSymlinksInPath().path
        var files: [File] = []
        walk(base, components: [], base: base, listings: Self.listings(under: base), into: &files)
        return files
    }

    private typealias Listing = [(name: String, kind: DirectoryEntries.Kind)]

    /// The visible entries of every folder under `base`, by path, each in name order.
    private static func listings(under base: String) -> [String: Listing] {
        var listings: [String: Listing] = [:]
        var level = [base]
        while !level.isEmpty {
            let read = level.blockingMap { path in
                (DirectoryEntries.read(path) ?? []).filter { !$0.name.hasPrefix(".") }.sorted { $0.name < $1.name }
                    .map { (name: $0.name, kind: DirectoryEntries.kind(of: $0.type, at: path + "/" + $0.name)) }
            }
            var next: [String] = []
            for (path, entries) in zip(level, read) {
                listings[path] = entries
                next += entries.filter { $0.kind == .directory }.map { path + "/" + $0.name }
            }
            level = next
        }
        return listings
    }

    /// Lists the folder's entries in name order, depth first: the files come out sorted by their components.
    private func walk(_ path: String, components: [String], base: String, listings: [String: Listing], into files: inout [File]) {
        for (name, kind) in listings[path] ?? [] {
            let full = path + "/" + name
            let inner = components + [name]
            switch kind {
            case .directory: walk(full, components: inner, base: base, listings: listings, into: &files)
            case .file: files.append(File(path: full, components: inner))
            case .link:
                let target = URL(fileURLWithPath: full).resolvingSymlinksInPath().path
                guard target.hasPrefix(base + "/") else {
                    files.append(File(path: full, components: inner, leavesContent: true))
                    continue
                }
                // A link to a folder inside content: its files are listed where they really are.
                var isFolder: ObjCBool = false
                if !(FileManager.default.fileExists(atPath: target, isDirectory: &isFolder) && isFolder.boolValue) {
                    files.append(File(path: full, components: inner))
                }
            case .other: continue
            }
        }
    }
}
