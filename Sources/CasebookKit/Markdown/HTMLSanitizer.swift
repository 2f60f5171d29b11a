/// Raw HTML of Markdown cut down to an allow-list of harmless elements and attributes.
///
/// It never passes input through: it reads tags as a browser's tokenizer would and writes its own HTML
/// from them (allowed tags with checked, re-escaped attributes, and escaped text), so a browser parsing
/// the output sees exactly the elements written, whatever quirks the input played on parsers.
/// cmark gives raw HTML in pieces (an inline tag and its end tag are separate nodes), so one sanitiser
/// reads every piece of a document in order, told where each Markdown block or span begins and ends:
/// raw elements left open close at the end of the block or span they opened in, and an end tag closes
/// only a raw element opened in the same block or span.
struct HTMLSanitizer {
    /// Raw elements open, innermost last.
    private var open: [String] = []
    /// `open.count` when each enclosing block or span began.
    private var scopes: [Int] = []
    /// A script, style or other raw-text element whose content is being dropped, and the scope depth it began at.
    private var rawText: (name: String, depth: Int)?
    /// An element dropped with all it holds (`svg`, `object`…), how deeply it nests, and the scope depth.
    private var subtree: (name: String, nesting: Int, depth: Int)?

    /// Whether what comes now stands inside a dropped element, so Markdown text here is dropped too.
    var isDropping: Bool { rawText != nil || subtree != nil }

    /// Whether a raw `<a>` is open: text here is already a link's.
    var isInsideLink: Bool { open.contains("a") }

    /// A Markdown block or span begins.
    mutating func enterBlock() { scopes.append(open.count) }

    /// The Markdown block or span ends: the end tags of raw elements still open inside it.
    mutating func exitBlock() -> String {
        let start = scopes.popLast() ?? 0
        if let raw = rawText, raw.depth > scopes.count { rawText = nil }
        if let tree = subtree, tree.depth > scopes.count { subtree = nil }
        defer { open.removeSubrange(start...) }
        return open[start...].reversed().map { "</\($0)>" }.joined()
    }

    /// The allowed part of one piece of raw HTML.
    mutating func sanitize(_ html: String) -> String {
        var tokenizer = HTMLTokenizer(Array(html.utf8))
        var out = ""
        while true {
            if let raw = rawText {
                guard tokenizer.skipRawText(until: raw.name) else { break }
                rawText = nil
            }
            guard let token = tokenizer.next() else { break }
            switch token {
            case .text(let text) where !isDropping: out += CharacterReferences.read(text).escaped
            case .startTag(let name, let attributes): out += start(name, attributes)
            case .endTag(let name): out += end(name)
            case .text, .ignored: break
            }
        }
        return out
    }

    private mutating func start(_ name: String, _ attributes: [HTMLTokenizer.Attribute]) -> String {
        if Self.rawTextElements.contains(name) {
            rawText = (name, scopes.count)
            return ""
        }
        if var tree = subtree {
            if tree.name == name { tree.nesting += 1 }
            subtree = tree
            return ""
        }
        if Self.droppedWithContent.contains(name) {
            subtree = (name, 1, scopes.count)
            return ""
        }
        guard let isVoid = Self.elements[name] else { return "" }
        let kept = Self.allowed(attributes, of: name)
        if name == "img", !kept.contains(where: { $0.hasPrefix(" src=") }) { return "" }
        if !isVoid { open.append(name) }
        return "<" + name + kept.joined() + (isVoid ? " />" : ">")
    }

    private mutating func end(_ name: String) -> String {
        if var tree = subtree {
            if tree.name == name { tree.nesting -= 1 }
            subtree = tree.nesting == 0 ? nil : tree
            return ""
        }
        guard let index = open[(scopes.last ?? 0)...].lastIndex(of: name) else { return "" }
        defer { open.removeSubrange(index...) }
        return open[index...].reversed().map { "</\($0)>" }.joined()
    }

    /// ` name="value"` for each allowed attribute, the first of each name as browsers keep, values re-escaped.
    private static func allowed(_ attributes: [HTMLTokenizer.Attribute], of element: String) -> [String] {
        var seen: Set<String> = []
        return attributes.compactMap { attribute in
            guard seen.insert(attribute.name).inserted,
                globalAttributes.contains(attribute.name) || elementAttributes[element]?.contains(attribute.name) == true
            else { return nil }
            let value = CharacterReferences.read(attribute.value)
            if attribute.name == "href", !LinkPolicy.allowsLink(value.decoded) { return nil }
            if attribute.name == "src", !LinkPolicy.allowsImage(value.decoded) { return nil }
            return " \(attribute.name)=\"\(value.escaped)\""
        }
    }

    /// What stands in cmark's output for each piece of sanitised raw HTML until it is put back.
    static let placeholder = "<raw-html>"

    /// `html` with its placeholders replaced, in order, by `pieces`.
    static func fill(_ html: String, with pieces: [String]) -> String {
        guard !pieces.isEmpty else { return html }
        let bytes = Array(html.utf8), marker = Array(placeholder.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + pieces.reduce(0) { $0 + $1.utf8.count })
        var cursor = 0
        for piece in pieces {
            guard let offset = ByteSearch.firstOffset(of: marker, in: bytes[...], from: cursor) else { break }
            output += bytes[cursor..<offset]
            output += piece.utf8
            cursor = offset + marker.count
        }
        output += bytes[cursor...]
        return String(decoding: output, as: UTF8.self)
    }
}
