#if canImport(Glibc)
import Glibc
#endif

/// Links whose titles are filled in later: a text is rendered once, in the Link stage, and each language's
/// page writes its own titles (`{instrument}, article {article}`) into that HTML.
extension BodyLinker {
    /// What a link's title names: an instrument, and the article cited, if any.
    struct TitleSlot: Sendable, Hashable {
        var slug: String
        var article: String?
    }

    /// The title written where the `index`th slot stands until `titled` fills it. No text can hold it: it
    /// carries a number drawn when the process started.
    static func titleMarker(_ index: Int) -> String { "\u{1}\(markerNumber)-\(index)\u{1}" }

    private static let markerNumber = String(UInt64.random(in: 1...UInt64.max), radix: 36)

    /// The title of a link to `slot`, in this linker's language; nil where the library has no title for it.
    func title(of slot: TitleSlot) -> String? {
        titles.value(for: TitleKey(articleTitle: articleTitle, slot: slot)) {
            guard let title = catalog.title(of: slot.slug) else { return nil }
            return slot.article.map { articleTitle.filling(["instrument": title, "article": $0]) } ?? title
        }
    }

    /// `rendered` with each slot's title written in this linker's language, escaped as cmark escapes a
    /// title, or the attribute dropped where the instrument has no title: what `link` renders directly.
    func titled(_ rendered: RenderedMarkdown, slots: [TitleSlot]) -> RenderedMarkdown {
        guard !slots.isEmpty else { return rendered }
        var html = rendered.html
        let filled = html.withUTF8 { fill($0, slots: slots) }
        var titled = rendered
        titled.html = String(decoding: filled, as: UTF8.self)
        return titled
    }

    /// `html` with each ` title="<marker>"` replaced as `titled` says.
    private func fill(_ html: UnsafeBufferPointer<UInt8>, slots: [TitleSlot]) -> [UInt8] {
        let opening = Self.markerOpening
        var output: [UInt8] = []
        output.reserveCapacity(html.count + slots.count * 48)
        var cursor = 0, search = 0
        guard let base = html.baseAddress else { return [] }
        while search < html.count, let found = memchr(base + search, 0x01, html.count - search) {
            let marker = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            search = marker + 1
            let start = marker - 8  // ` title="`
            guard start >= cursor, html[start..<marker].elementsEqual(opening.prefix(8)),
                marker + opening.count - 8 <= html.count, html[marker..<marker + opening.count - 8].elementsEqual(opening.dropFirst(8))
            else { continue }
            var end = marker + opening.count - 8, index = 0
            while end < html.count, (0x30...0x39).contains(html[end]) { index = index * 10 + Int(html[end] - 0x30); end += 1 }
            // The marker closes with U+0001 and the attribute's quote.
            guard end + 1 < html.count, html[end] == 0x01, html[end + 1] == 0x22, slots.indices.contains(index) else { continue }
            output += html[cursor..<start]
            if let title = title(of: slots[index]) {
                output += opening.prefix(8)
                Self.appendEscaped(title, to: &output)
                output.append(0x22)
            }
            cursor = end + 2
            search = cursor
        }
        output += html[cursor...]
        return output
    }

    /// ` title="` and a marker's start, up to its index.
    private static let markerOpening = Array(" title=\"\u{1}\(markerNumber)-".utf8)

    /// Appends `text` escaped as cmark escapes an attribute: `&`, `<`, `>` and `"`.
    private static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case 0x26: output += Array("&amp;".utf8)
            case 0x3C: output += Array("&lt;".utf8)
            case 0x3E: output += Array("&gt;".utf8)
            case 0x22: output += Array("&quot;".utf8)
            default: output.append(byte)
            }
        }
    }
}
