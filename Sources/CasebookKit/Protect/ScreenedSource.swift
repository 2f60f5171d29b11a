/// A content file as the protection check reads it: the whole text the site may publish from, with the
/// lines it never publishes blanked (so that line numbers still match), and its path under `content/`.
struct ScreenedSource: Sendable, Hashable {
    /// The path diagnostics name.
    var path: String
    /// The path under `content/`, which folder and file names carry into URLs; nil for a protected
    /// defender's own profile, whose file name is never published.
    var relativePath: String?
    /// The file's text.
    private var text: String
    /// Where the text is read again from, in a build that does not keep it.
    private var origin: TextOrigin?
    /// The lines of `text` that are never published (1-based), and where its body starts.
    private var blanked: [ClosedRange<Int>] = []
    private var bodyLine = Int.max
    /// The body with its private passages blanked; nil for a body that is never published.
    private var body: MarkdownText?
    /// Whether the file is a case's index or one of its documents.
    var inCase: Bool

    /// Keys whose lines never reach the site: the private mapping, a case's references to its defenders
    /// (slugs, which a protected defender's pages never show), and a protected profile's own name lines.
    private static let unpublished: Set<String> = ["private"]
    private static let caseUnpublished: Set<String> = ["private", "defenders"]
    private static let ownNames: Set<String> = ["private", "name", "variants", "allow"]

    init(path: String, relativePath: String?, text: String, inCase: Bool) {
        (self.path, self.relativePath, self.text, self.inCase) = (path, relativePath, text, inCase)
    }

    /// The text as published from: `private` mappings, private passages and a protected defender's own
    /// name lines blanked (and the whole body of a withheld defender's profile, which has no page). Made
    /// only when something is protected.
    var screenedBytes: [UInt8] {
        let text = origin?.read() ?? self.text
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var line = 1
        for content in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            guard line < bodyLine else { break }
            if !blanked.contains(where: { $0.contains(line) }) { bytes += content }
            bytes.append(0x0A)
            line += 1
        }
        if bodyLine != Int.max, let body { bytes += body.source.utf8 }
        return bytes
    }

    /// The screened form of a parsed file.
    init(_ source: SourceFile, place: ContentPath, item: ContentItem?, body: MarkdownText, reader: FrontMatterReader, yaml: String) {
        var protected: Defender.Visibility?
        if case .defender(let defender) = item, defender.visibility != .public { protected = defender.visibility }
        let yamlEnd = 1 + yaml.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        var keys = protected == nil ? Self.unpublished : Self.ownNames
        if case .caseIndex = place { keys = Self.caseUnpublished }
        var inCase = false, original = place, translated = false
        if case .translation(let of, _) = place {
            // A translation holds no name, reference or private line: every line of it is read. Its file
            // name never becomes a URL (the original's does).
            (original, translated, keys) = (of, true, [])
        }
        let blanked = reader.lines(of: keys, through: yamlEnd)
        if case .caseIndex = original { inCase = true }
        if case .document = original { inCase = true }
        self.init(path: source.path, relativePath: protected == nil && !translated ? place.relativePath : nil, text: source.text, inCase: inCase)
        (self.blanked, bodyLine) = (blanked, body.start.line)
        self.body = protected == .withheld ? nil : body
    }

    /// The same, its texts not kept but read again from the file at `path` when screened; a file that no
    /// longer holds them is reported to `reads`.
    func detached(from path: String, reads: TextReads) -> ScreenedSource {
        var copy = self
        copy.origin = TextOrigin(of: text, extent: .file, path: path, displayPath: self.path, reads: reads)
        copy.text = ""
        copy.body = body.map { $0.isDetached ? $0 : $0.detached(from: path, reads: reads) }
        return copy
    }
}
