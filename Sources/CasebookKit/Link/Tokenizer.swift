/// Splits a paragraph's UTF-8 text into tokens in one pass.
enum Tokenizer {
    /// The tokens of `text`, with its line breaks unless `newlines` is false.
    static func tokens(_ text: [UInt8], newlines: Bool = true) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 4)
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte == 0x0A {
                if newlines { tokens.append(Token(kind: .newline, range: index..<index + 1, isASCII: true)) }
                index += 1
            } else if let width = spaceWidth(text, index) {
                index += width
            } else if isWordStart(text, index) {
                let (end, isASCII) = run(text, from: index)
                tokens.append(Token(kind: kind(of: text[index..<end]), range: index..<end, isASCII: isASCII))
                index = end
            } else {
                let length = byte.utf8SequenceLength
                tokens.append(Token(kind: .punctuation, range: index..<min(text.count, index + length), isASCII: byte < 0x80))
                index += length
            }
        }
        return tokens
    }

    /// Where a run of word bytes, slashes and inner dots or hyphens ends (`E/C.12/KAZ/CO/2`,
    /// `Madrigal-Borloz`), and whether it is all ASCII.
    private static func run(_ text: [UInt8], from start: Int) -> (end: Int, isASCII: Bool) {
        var end = start, isASCII = true
        while end < text.count {
            let byte = text[end]
            if isWordByte(byte) {
                end += 1
            } else if byte >= 0x80, isWordStart(text, end) {
                end += byte.utf8SequenceLength
                isASCII = false
            } else if byte == 0x27 || byte == 0xE2, let width = apostropheWidth(text, end), isElision(text[start..<end]) {
                end += width  // French "l'article": the article is a word of its own, with its apostrophe
                isASCII = isASCII && width == 1
                break
            } else if byte == 0x27, isPossessive(text, at: end) {
                break
            } else if isInnerMark(byte), end + 1 < text.count, isWordStart(text, end + 1) {
                end += 1
            } else if byte == 0x28, let close = romanGroupEnd(text, from: end, runStart: start) {
                end = close  // `A/RES/2200A(XXI)`: a session in roman numerals belongs to the symbol
            } else {
                break
            }
        }
        return (end, isASCII)
    }

    private static func romanGroupEnd(_ text: [UInt8], from open: Int, runStart: Int) -> Int? {
        guard open > runStart, isWordByte(text[open - 1]), text[runStart..<open].contains(0x2F) else { return nil }
        var index = open + 1
        while index < text.count, [0x49, 0x56, 0x58, 0x4C].contains(text[index]) { index += 1 }
        guard index > open + 1, index < text.count, text[index] == 0x29 else { return nil }
        return index + 1
    }

    /// A number, a session (`43/16`), a symbol (`A/HRC/…`) or a word.
    private static func kind(of run: ArraySlice<UInt8>) -> Token.Kind {
        let first = run[run.startIndex], last = run[run.endIndex - 1]
        // Most runs are words that start with a letter, and only a capital can start a symbol.
        if !isDigit(first) { return isUpper(first) && run.contains(0x2F) ? .symbol : .word }
        var slashes = 0, digits = 0
        for byte in run {
            if byte == 0x2F { slashes += 1 } else if isDigit(byte) { digits += 1 }
        }
        if slashes == 0 && digits == run.count { return .number }
        return slashes == 1 && digits == run.count - 1 && isDigit(last) ? .session : .word
    }

    /// ASCII lower-casing of one byte of UTF-8 text.
    static func fold(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte + 32 : byte }

    /// `'s` closing a word ("Committee's"): the name stays a word of its own.
    private static func isPossessive(_ text: [UInt8], at index: Int) -> Bool {
        guard index + 1 < text.count, text[index + 1] == 0x73 else { return false }
        return index + 2 >= text.count || !isWordStart(text, index + 2)
    }

    /// Whether a letter or digit starts at `index`: ASCII ones, and any non-ASCII scalar except
    /// the General Punctuation block (curly quotes, dashes) and the no-break space.
    static func isWordStart(_ text: [UInt8], _ index: Int) -> Bool {
        let byte = text[index]
        if byte < 0x80 { return isWordByte(byte) }
        guard byte >= 0xC0 else { return false }
        if byte == 0xE2, index + 1 < text.count, text[index + 1] == 0x80 { return false }
        if byte == 0xC2, index + 1 < text.count, text[index + 1] < 0xC0 { return false }
        return true
    }

    static func isWordByte(_ byte: UInt8) -> Bool { isDigit(byte) || isUpper(byte) || isLower(byte) }
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    /// `/`, `.`, `-` and `'`, which a run keeps when a word character follows.
    private static func isInnerMark(_ byte: UInt8) -> Bool { byte == 0x2F || byte == 0x2E || byte == 0x2D || byte == 0x27 }
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }

    /// The length of the space at `index`: ASCII, or a no-break, narrow no-break or thin space (French
    /// typography puts them before `;`, `:` and inside `« »`); nil if there is none.
    private static func spaceWidth(_ text: [UInt8], _ index: Int) -> Int? {
        let byte = text[index]
        if isSpace(byte) { return 1 }
        if byte == 0xC2, index + 1 < text.count, text[index + 1] == 0xA0 { return 2 }
        guard byte == 0xE2, index + 2 < text.count, text[index + 1] == 0x80 else { return nil }
        return [0x87, 0x89, 0xAF].contains(text[index + 2]) ? 3 : nil
    }
}
