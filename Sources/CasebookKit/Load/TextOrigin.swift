import Foundation

/// Where a text of a content file lies, for a build that does not keep it: the file is read again (from
/// the page cache) whenever a stage needs the text, and must still hold the text that was loaded.
struct TextOrigin: Sendable, Hashable {
    /// Which text of the file.
    enum Extent: Sendable, Hashable {
        /// The whole file, as the protection screen reads it.
        case file
        /// The Markdown body after the front matter, its private passages blanked.
        case body
    }

    /// The file's path on disk, and as diagnostics name it.
    let path: String, displayPath: String
    let extent: Extent
    /// The loaded text's length in UTF-8 bytes, and its hash in this process.
    let length: Int, checksum: Int
    /// Where a read that finds another text than the one loaded is reported.
    let reads: TextReads

    /// The origin of `text`, the `extent` of the file at `path`.
    init(of text: String, extent: Extent, path: String, displayPath: String, reads: TextReads) {
        (self.path, self.displayPath, self.extent, self.reads) = (path, displayPath, extent, reads)
        (length, checksum) = (text.utf8.count, Self.checksum(text))
    }

    /// The text, read again; an empty text, reported to `reads`, when the file no longer holds it.
    func read() -> String {
        if let text = load(), text.utf8.count == length, Self.checksum(text) == checksum { return text }
        reads.changed(displayPath)
        return ""
    }

    private func load() -> String? {
        guard case .success(let file) = SourceFile.read(at: URL(fileURLWithPath: path), displayPath: displayPath) else { return nil }
        guard extent == .body else { return file.text }
        guard case .success(let parts) = FrontMatterSplitter.split(file) else { return nil }
        return PrivatePassages.redact(parts.body).body.source
    }

    private static func checksum(_ text: String) -> Int {
        var hasher = Hasher()
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        return hasher.finalize()
    }

    static func == (a: TextOrigin, b: TextOrigin) -> Bool {
        (a.path, a.extent, a.length, a.checksum) == (b.path, b.extent, b.length, b.checksum)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(checksum)
    }
}

/// The content files that held other texts when a build read them again than when it loaded them: each is
/// an error, since the site would otherwise mix two versions of a file.
final class TextReads: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []

    func changed(_ displayPath: String) {
        lock.withLock { _ = paths.insert(displayPath) }
    }

    /// An error at each file that changed.
    var diagnostics: [Diagnostic] {
        lock.withLock { paths.sorted().map { .error(.changedDuringBuild, at: SourceLocation(path: $0)) } }
    }
}
