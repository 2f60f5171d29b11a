import Foundation

/// Folds text to search terms exactly as `assets/search.js` does, so a query meets the index:
/// compatibility decomposition, marks dropped, lower case, a few letters spelled out.
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
        var current = String.UnicodeScalarView()
        var allDigits = true
        var utf16Length = 0
        func flush() {
            if utf16Length >= 2 || (utf16Length > 0 && allDigits) { body(String(current)) }
            current.removeAll(keepingCapacity: true)
            allDigits = true
            utf16Length = 0
        }
        func append(_ scalar: Unicode.Scalar) {
            guard Self.isWordScalar(scalar) else { return flush() }
            current.append(scalar)
            utf16Length += scalar.utf16.count
            if !("0"..."9").contains(scalar) { allDigits = false }
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if value >= 65 && value <= 90 {
                    append(Unicode.Scalar(value + 32)!)
                } else {
                    append(scalar)
                }
            } else {
                for part in fold(scalar) { append(part) }
            }
        }
        flush()
    }

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

    /// Letters that neither decomposition nor case folding turns into their plain equivalents.
    static let spelledOut: [Unicode.Scalar: String] = [
        "ß": "ss", "ı": "i", "ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe", "þ": "th", "ς": "σ",
    ]

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
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
