import Foundation

/// The renderings the Link stage made of the texts a build does not keep, on disk until the pages and the
/// search index read them: each text is linked and rendered once, and a text the pages of several
/// languages show alike (a document left untranslated) once for all of them. The build holds only where
/// each rendering stands in the file.
final class RenderedBodies: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Key: (offset: Int, count: Int)] = [:]
    /// The file the renderings and the citing sentences are in.
    let file: ScratchFile

    /// A store in an unnamed file (gone when the store is) in the first of `folders` that takes one, or nil
    /// where none does: the pages then link each text again.
    init?(in folders: [URL]) {
        guard let file = ScratchFile(in: folders, named: "renderings") else { return nil }
        self.file = file
    }

    /// A store beside the output folder, whose disk has room for the site and so for its texts (a
    /// temporary folder may be in memory), else in the temporary folder.
    convenience init?(besideOutput output: URL) {
        self.init(in: ScratchFile.folders(besideOutput: output))
    }

    /// What is kept of a text: its rendering, or its words without markup (what search reads), by page
    /// and by the very text (a page's translations are other texts).
    private struct Key: Hashable {
        var route: Route
        var body: MarkdownText
        var isPlainText: Bool
    }

    /// Keeps the rendering of `body`, the text on `route`, its links' titles as slots, and its plain text;
    /// a second one is ignored.
    func store(_ route: Route, body: MarkdownText, rendered: RenderedMarkdown, slots: [BodyLinker.TitleSlot]) {
        var bytes = Writer()
        bytes.string(rendered.html)
        bytes.count(rendered.headings.count)
        for heading in rendered.headings {
            bytes.count(heading.level)
            bytes.string(heading.text)
            bytes.string(heading.anchor)
        }
        bytes.count(slots.count)
        for slot in slots {
            bytes.string(slot.slug)
            bytes.string(slot.article ?? "\u{0}")
        }
        put(bytes.data, at: Key(route: route, body: body, isPlainText: false))
        put(Array(rendered.plainText.utf8), at: Key(route: route, body: body, isPlainText: true))
    }

    /// The rendering kept for `body`, the text on `route`, its links' titles as slots (its plain text is
    /// read with `plainText`).
    func load(_ route: Route, body: MarkdownText) -> (rendered: RenderedMarkdown, slots: [BodyLinker.TitleSlot])? {
        guard let data = get(Key(route: route, body: body, isPlainText: false)) else { return nil }
        var reader = Reader(data: data)
        let html = reader.string()
        let headings = (0..<reader.count()).map { _ in
            RenderedMarkdown.Heading(level: reader.count(), text: reader.string(), anchor: reader.string())
        }
        let slots = (0..<reader.count()).map { _ in
            let slug = reader.string(), article = reader.string()
            return BodyLinker.TitleSlot(slug: slug, article: article == "\u{0}" ? nil : article)
        }
        return (RenderedMarkdown(html: html, headings: headings, plainText: ""), slots)
    }

    /// The plain text kept for `body`, the text on `route`.
    func plainText(_ route: Route, body: MarkdownText) -> String? {
        get(Key(route: route, body: body, isPlainText: true)).map { String(decoding: $0, as: UTF8.self) }
    }

    private func put(_ data: [UInt8], at key: Key) {
        let offset: Int? = lock.withLock {
            guard stored[key] == nil else { return nil }
            let offset = file.reserve(data.count)
            stored[key] = (offset, data.count)
            return offset
        }
        guard let offset else { return }
        if !file.write(data, at: offset) { _ = lock.withLock { stored.removeValue(forKey: key) } }
    }

    private func get(_ key: Key) -> [UInt8]? {
        guard let place = lock.withLock({ stored[key] }) else { return nil }
        return file.read(count: place.count, at: place.offset)
    }

    /// Lengths and strings, each length in four bytes.
    private struct Writer {
        var data: [UInt8] = []

        mutating func count(_ value: Int) { withUnsafeBytes(of: UInt32(value).littleEndian) { data += $0 } }

        mutating func string(_ value: String) {
            count(value.utf8.count)
            data += value.utf8
        }
    }

    /// Reads what `Writer` wrote.
    private struct Reader {
        let data: [UInt8]
        var cursor = 0

        mutating func count() -> Int {
            defer { cursor += 4 }
            return data[cursor..<cursor + 4].reversed().reduce(0) { $0 << 8 | Int($1) }
        }

        mutating func string() -> String {
            let length = count()
            defer { cursor += length }
            return String(decoding: data[cursor..<cursor + length], as: UTF8.self)
        }
    }
}
