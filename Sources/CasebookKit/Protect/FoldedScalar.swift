import Foundation

/// How the protection check reads one Unicode scalar: as part of a word (with its folded spelling), as
/// something a word runs through (a mark, a joiner, a soft hyphen), or as a break between words.
struct FoldedScalar: Sendable {
    /// What the scalar does to the word around it.
    enum Kind: UInt8, Sendable {
        /// Whitespace, punctuation, symbols: ends the word.
        case boundary
        /// Marks, format characters, joiners, soft hyphens, modifier letters: invisible inside a word.
        case ignorable
        /// A letter or digit, spelled by `folded`.
        case letter
    }

    /// The writing system of a letter, which decides how a word that holds it is read.
    enum Script: UInt8, Sendable {
        case latin, cyrillic, greek, other
    }

    var kind: Kind
    var script: Script
    /// Compatibility-decomposed, lowercased, without marks, as UTF-8 (`Ｆ` → `f`, `ﬁ` → `fi`, `É` → `e`).
    var folded: [UInt8]
    /// The Latin letter a Cyrillic or Greek letter looks like as written (`р` → `p`), or 0.
    var lookalike: UInt8

    static let boundary = FoldedScalar(kind: .boundary, script: .other, folded: [], lookalike: 0)
    static let ignorable = FoldedScalar(kind: .ignorable, script: .other, folded: [], lookalike: 0)

    /// Scalars below U+3000 and the halfwidth and fullwidth forms, folded once on first use.
    private static let table: [FoldedScalar] = (0..<0x3000).map { make(UInt32($0)) }
    private static let fullwidth: [FoldedScalar] = (0xFB00..<0x10000).map { make(UInt32($0)) }

    /// The folding of `value`.
    static func of(_ value: UInt32) -> FoldedScalar {
        if value < 0x3000 { return table[Int(value)] }
        if value >= 0xFB00, value < 0x10000 { return fullwidth[Int(value - 0xFB00)] }
        return make(value)
    }

    /// Folds a scalar from Unicode's data: NFKD, marks dropped, lowercased, a few letters expanded.
    static func make(_ value: UInt32) -> FoldedScalar {
        guard let scalar = Unicode.Scalar(value) else { return .boundary }
        if value < 0x80 { return ascii(UInt8(value)) }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format, .modifierLetter, .control, .surrogate, .privateUse:
            return value == 0x85 ? .boundary : .ignorable
        default: break
        }
        if properties.isDefaultIgnorableCodePoint { return .ignorable }
        if properties.numericType == .decimal, let digit = properties.numericValue, digit >= 0, digit <= 9 {
            return FoldedScalar(kind: .letter, script: .latin, folded: [UInt8(48 + Int(digit))], lookalike: 0)
        }
        let lookalike = Transliteration.lookalike(of: value)
        let decomposed = String(scalar).decomposedStringWithCompatibilityMapping
        var folded: [UInt8] = []
        for part in decomposed.unicodeScalars where part.properties.isAlphabetic || part.properties.numericType != nil {
            let mark = part.properties.generalCategory
            guard mark != .nonspacingMark, mark != .spacingMark, mark != .enclosingMark else { continue }
            let lower = Transliteration.expanded[part.value] ?? part.properties.lowercaseMapping
            folded += Array(lower.utf8)
        }
        guard !folded.isEmpty else { return .boundary }
        return FoldedScalar(kind: .letter, script: script(of: value, folded: folded), folded: folded, lookalike: lookalike)
    }

    private static func ascii(_ byte: UInt8) -> FoldedScalar {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): FoldedScalar(kind: .letter, script: .latin, folded: [byte | 0x20], lookalike: 0)
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            FoldedScalar(kind: .letter, script: .latin, folded: [byte], lookalike: 0)
        case UInt8(ascii: "'"), UInt8(ascii: "`"): .ignorable
        default: .boundary
        }
    }

    private static func script(of value: UInt32, folded: [UInt8]) -> Script {
        if folded.allSatisfy({ $0 < 0x80 }) { return .latin }
        switch value {
        case 0x0400...0x052F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: return .cyrillic
        case 0x0370...0x03FF, 0x1F00...0x1FFF: return .greek
        default: return .other
        }
    }
}
