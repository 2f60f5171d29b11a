/// Splits a fragment of HTML into text, tags and the rest the way a browser's tokenizer does, so that the
/// sanitiser judges the tags a browser would see; it only reads, and writes nothing back.
struct HTMLTokenizer {
    /// An attribute as written: its name lower-cased, its value with character references still in it.
    struct Attribute {
        var name: String
        var value: ArraySlice<UInt8>
    }

    enum Token {
        case text(ArraySlice<UInt8>)
        case startTag(String, [Attribute])
        case endTag(String)
        /// A comment, doctype, processing instruction, `</>`, or a tag cut off by the end of the fragment.
        case ignored
    }

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The next token, or nil at the end.
    mutating func next() -> Token? {
        guard position < bytes.count else { return nil }
        guard bytes[position] == UInt8(ascii: "<") else {
            let end = bytes[position...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
            defer { position = end }
            return .text(bytes[position..<end])
        }
        let (first, second) = (byte(position + 1), byte(position + 2))
        if let first, Self.isLetter(first) { return tag(nameAt: position + 1, isEnd: false) }
        switch first {
        case UInt8(ascii: "/") where second.map(Self.isLetter) == true: return tag(nameAt: position + 2, isEnd: true)
        case UInt8(ascii: "/") where second == UInt8(ascii: ">"): position += 3; return .ignored
        case UInt8(ascii: "/") where second != nil, UInt8(ascii: "?"): return skipPast(">", from: position + 2)
        case UInt8(ascii: "!") where second == UInt8(ascii: "-") && byte(position + 3) == UInt8(ascii: "-"): return comment()
        case UInt8(ascii: "!"): return skipPast(">", from: position + 2)
        default:
            position += 1
            return .text(bytes[position - 1..<position])
        }
    }

    /// Moves to the end tag `</name` that closes a script, style or other raw-text element; false if the
    /// fragment ends first.
    mutating func skipRawText(until name: String) -> Bool {
        let target = Array(name.utf8)
        var from = position
        while let start = ByteSearch.firstOffset(of: Array("</".utf8), in: bytes[...], from: from) {
            let nameEnd = start + 2 + target.count
            if nameEnd <= bytes.count, bytes[(start + 2)..<nameEnd].map(Self.lowercased) == target,
                byte(nameEnd).map({ Self.isSpace($0) || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ">") }) ?? true
            {
                position = start
                return true
            }
            from = start + 2
        }
        position = bytes.count
        return false
    }

    private mutating func tag(nameAt start: Int, isEnd: Bool) -> Token {
        var index = start
        while index < bytes.count, !Self.endsName(bytes[index]) { index += 1 }
        let name = Self.name(bytes[start..<index])
        var attributes: [Attribute] = []
        while true {
            while index < bytes.count, Self.isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1 }
            guard index < bytes.count else { return cutOff() }
            if bytes[index] == UInt8(ascii: ">") { break }
            let nameStart = index
            index += 1
            while index < bytes.count, !Self.endsName(bytes[index]), bytes[index] != UInt8(ascii: "=") { index += 1 }
            var attribute = Attribute(name: Self.name(bytes[nameStart..<index]), value: [])
            while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
                guard index < bytes.count else { return cutOff() }
                let quote = bytes[index]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    guard let close = bytes[(index + 1)...].firstIndex(of: quote) else { return cutOff() }
                    attribute.value = bytes[(index + 1)..<close]
                    index = close + 1
                } else {
                    let valueStart = index
                    while index < bytes.count, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                    attribute.value = bytes[valueStart..<index]
                }
            }
            attributes.append(attribute)
        }
        position = index + 1
        return isEnd ? .endTag(name) : .startTag(name, attributes)
    }

    /// `<!-- … -->`, also closed by `--!>`, or at once by `<!-->` and `<!--->`; unclosed, it runs to the end.
    private mutating func comment() -> Token {
        let body = position + 4
        if byte(body) == UInt8(ascii: ">") { position = body + 1; return .ignored }
        if byte(body) == UInt8(ascii: "-"), byte(body + 1) == UInt8(ascii: ">") { position = body + 2; return .ignored }
        let ends = ["-->", "--!>"].compactMap { end in
            ByteSearch.firstOffset(of: Array(end.utf8), in: bytes[...], from: body).map { $0 + end.utf8.count }
        }
        position = ends.min() ?? bytes.count
        return .ignored
    }

    private mutating func skipPast(_ end: Unicode.Scalar, from start: Int) -> Token {
        position = bytes[min(start, bytes.count)...].firstIndex(of: UInt8(ascii: end)).map { $0 + 1 } ?? bytes.count
        return .ignored
    }

    /// A tag the fragment ends inside: a browser drops it, and so does the sanitiser, with the rest.
    private mutating func cutOff() -> Token {
        position = bytes.count
        return .ignored
    }

    private func byte(_ index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }

    private static func name(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes.map(lowercased), as: UTF8.self) }
    private static func lowercased(_ byte: UInt8) -> UInt8 { (65...90).contains(byte) ? byte + 32 : byte }
    private static func isLetter(_ byte: UInt8) -> Bool { (65...90).contains(byte) || (97...122).contains(byte) }
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D }
    private static func endsName(_ byte: UInt8) -> Bool { isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") }
}
