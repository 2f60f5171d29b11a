/// Text from files and file names made safe to print on one line of a terminal or log.
///
/// A file name or a YAML value can hold a line break, a terminal escape or a bidirectional override: printed
/// as they are, they would start a fake diagnostic line or turn a path around. They are written as Swift
/// escapes instead (`\n`, `\u{202E}`).
enum VisibleText {
    /// `text` with every control, line or paragraph separator, format character (bidi controls, zero-width
    /// characters) and whitespace other than the plain space escaped; with `backslashes`, a backslash is
    /// written `\\` too, so that a path reads back unambiguously (a message quoting a path has it escaped already).
    static func escaped(_ text: String, backslashes: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0) || (backslashes && $0 == "\\") }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\" where backslashes: out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where needsEscape(scalar): out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value < 0x20 || scalar.value == 0x7F }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return true
        default:
            return scalar.properties.isWhitespace
        }
    }
}
