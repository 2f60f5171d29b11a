import Foundation

extension SiteWriter {
    /// Makes the destination hold exactly `files` (and the `SiteMarker`), writing only those whose bytes
    /// differ from `previous` (what this writer last wrote there) and deleting the files no longer
    /// produced. Without `previous` every file is written into a staging folder that then replaces the
    /// destination, if `stage` allows. Returns the bytes now in the folder, by path, for the next update,
    /// and warnings about old folders that could not be deleted.
    ///
    /// As with `build`, a failed first write leaves the old folder as it was, and the old folder is
    /// deleted by `FolderRemoval` rather than by `FileManager`, which deletes a tree one file at a time.
    func update(_ files: [OutputFile], previous: [String: [UInt8]]?) throws -> (written: [String: [UInt8]], warnings: [Diagnostic]) {
        let staging = try stage(over: previous, recording: true)
        let warnings = try staging.discardingOnFailure {
            try staging.write(files)
            return try staging.publish(assets: nil).warnings
        }
        return (staging.written, warnings)
    }

    /// Writes `changed` over the destination's files and deletes the files at `removed`, with the folders
    /// they leave empty.
    func update(changed: [OutputFile], removing removed: [String]) throws {
        let manager = FileManager.default
        for path in removed { try? manager.removeItem(at: destination.appendingPathComponent(path)) }
        let folders = Set(changed.map { ($0.path as NSString).deletingLastPathComponent })
        for folder in folders.sorted() {
            try manager.createDirectory(at: destination.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try changed.parallelMap { file in
            Result { try file.write(into: destination, atomically: true) }
        }.forEach { try $0.get() }
        removeEmptyFolders(above: removed)
    }

    /// Every file under the templates' `assets/` folder, as output files under `assets/`.
    static func assetFiles(in assets: URL) throws -> [OutputFile] {
        let manager = FileManager.default
        guard manager.fileExists(atPath: assets.path) else { return [] }
        let base = assets.standardizedFileURL.path + "/"
        var files: [OutputFile] = []
        for case let url as URL in manager.enumerator(at: assets, includingPropertiesForKeys: [.isRegularFileKey])?.allObjects ?? [] {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            let path = "assets/" + url.standardizedFileURL.path.dropFirst(base.count)
            files.append(OutputFile(path: path, contents: Array(try Data(contentsOf: url))))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Deletes the folders that deleted files left empty, so the folder tree matches a full build's.
    private func removeEmptyFolders(above deleted: [String]) {
        let manager = FileManager.default
        var folders = Set(deleted.map { ($0 as NSString).deletingLastPathComponent }.filter { !$0.isEmpty })
        while let folder = folders.max(by: { $0.count < $1.count }) {
            folders.remove(folder)
            let url = destination.appendingPathComponent(folder)
            guard (try? manager.contentsOfDirectory(atPath: url.path))?.isEmpty == true else { continue }
            try? manager.removeItem(at: url)
            let parent = (folder as NSString).deletingLastPathComponent
            if !parent.isEmpty { folders.insert(parent) }
        }
    }
}
