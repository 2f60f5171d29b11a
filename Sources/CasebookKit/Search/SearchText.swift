import Foundation

/// Folds text to search terms exactly as `assets/search.js` does, so a query meets the index:
/// compatibility decomposition, marks dropped, lower case, then the letters of `spelledOut` spelled out:
/// a few Latin ones, Cyrillic and Greek read in Latin letters (so `Секербаева` is the term `sekerbaeva`,
/// as `Sekerbaeva` is), Arabic alef wasla, alef maksura, ta marbuta and the Persian forms as the common
/// letters, and the tatweel dropped. The client reads the same table from `index.json`.
public struct SearchText {
    /// Folded forms of the non-ASCII scalars met so far; a text repeats few of them.
    private var folded: [Unicode.Scalar: [Unicode.Scalar]] = [:]

    /// A folder with an empty cache; use one per thread.
    public init() {}

    /// The terms of `text`, in order, repeats kept.
    public mutating func terms(_ text: String) -> [String] {
        var terms: [String] = []
        forEachTerm(in: text) { terms.append($0) }
        return terms
    }

    /// Calls `body` with each term of `text`, in order.
    public mutating func forEachTerm(in text: String, _ body: (String) -> Void) {
        forEachTerm(bytesIn: text) { body(String(decoding: $0, as: UTF8.self)) }
    }

    /// Calls `body` with the UTF-8 bytes of each term of `text`, in order.
    mutating func forEachTerm(bytesIn text: String, _ body: ([UInt8]) -> Void) {
        var term: [UInt8] = []
        term.reserveCapacity(32)
        var allDigits = true, utf16Length = 0
        func flush() {
            if utf16Length >= 2 || (utf16Length > 0 && allDigits) { body(term) }
            term.removeAll(keepingCapacity: true)
            allDigits = true
            utf16Length = 0
        }
        func append(_ scalar: Unicode.Scalar) {
            guard Self.isWordScalar(scalar) else { return flush() }
            term.append(contentsOf: UTF8.encode(scalar)!)
            utf16Length += scalar.utf16.count
            if !("0"..."9").contains(scalar) { allDigits = false }
        }
        // A copy of the bytes rather than `withUTF8`: a closure here would make every access to the
        // state above an exclusivity check at run time, a quarter of the weighing time.
        let bytes = Array(text.utf8)
        // The table is taken once, not at every letter: a static's every use checks that it was made.
        let letters = Self.twoByteLetters
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                switch byte {
                case 48...57: term.append(byte); utf16Length += 1
                case 97...122: term.append(byte); utf16Length += 1; allDigits = false
                case 65...90: term.append(byte + 32); utf16Length += 1; allDigits = false
                default: flush()
                }
                index += 1
            } else {
                let (scalar, width) = bytes.scalar(at: index)
                index += width
                if width == 2, case let entry = Int(scalar.value) - 0x80, letters.utf16Lengths[entry] > 0 {
                    for position in (entry == 0 ? 0 : letters.ends[entry - 1])..<letters.ends[entry] {
                        term.append(letters.bytes[position])
                    }
                    utf16Length += Int(letters.utf16Lengths[entry])
                    allDigits = false
                } else {
                    for part in fold(scalar) { append(part) }
                }
            }
        }
        flush()
    }

    /// How each two-byte scalar (U+0080 to U+07FF: Latin, Greek, Cyrillic, Arabic…) folds, worked out once:
    /// the UTF-8 bytes of its folded letters where they are all letters or numbers other than ASCII
    /// digits, as most are, the `n`th ending at `ends[n]`; a UTF-16 length of 0 for the others, which
    /// `fold` folds one at a time. One array of bytes for all, so that reading a letter's copies nothing.
    private static let twoByteLetters: (bytes: [UInt8], ends: [Int], utf16Lengths: [UInt8]) = {
        var folder = SearchText()
        var table: (bytes: [UInt8], ends: [Int], utf16Lengths: [UInt8]) = ([], [], [])
        for value in 0x80..<0x800 {
            let parts = Unicode.Scalar(value).map { folder.fold($0) } ?? []
            if !parts.isEmpty, parts.allSatisfy({ isWordScalar($0) && !("0"..."9").contains($0) }) {
                table.bytes += parts.flatMap { Array(String($0).utf8) }
                table.utf16Lengths.append(UInt8(parts.reduce(0) { $0 + $1.utf16.count }))
            } else {
                table.utf16Lengths.append(0)
            }
            table.ends.append(table.bytes.count)
        }
        return table
    }()

    /// One non-ASCII scalar folded: decomposed, marks dropped, lowercased, spelled out.
    private mutating func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if let known = folded[scalar] { return known }
        let decomposed = String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars
        let unmarked = String(String.UnicodeScalarView(decomposed.filter { !Self.isMark($0) })).lowercased()
        var result: [Unicode.Scalar] = []
        for part in unmarked.unicodeScalars {
            if let spelled = Self.spelledOut[part] { result += spelled.unicodeScalars } else { result.append(part) }
        }
        folded[scalar] = result
        return result
    }

    /// Letters that neither decomposition nor case folding turns into what search compares; an empty
    /// text drops the letter.
    static let spelledOut: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [
            "ß": "ss", "ı": "i", "ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe", "þ": "th",
            // Arabic: alef wasla, alef maksura, ta marbuta, Persian yeh and keheh, and the tatweel that only stretches a word.
            "\u{0671}": "\u{0627}", "\u{0649}": "\u{064A}", "\u{0629}": "\u{0647}", "\u{06CC}": "\u{064A}", "\u{06A9}": "\u{0643}",
            "\u{0640}": "",
        ]
        // Cyrillic and Greek in Latin letters: the romanization the protection check reads names with.
        for (value, sound) in Transliteration.allSounds { if let scalar = Unicode.Scalar(value) { table[scalar] = sound } }
        table["ς"] = table["σ"]
        return table
    }()

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// Letters and numbers (`\p{L}` and `\p{N}`) make words; everything else separates them.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 48 && value <= 57) || (value >= 97 && value <= 122) || (value >= 65 && value <= 90)
        }
        return scalar.isLetterOrNumber
    }
}
