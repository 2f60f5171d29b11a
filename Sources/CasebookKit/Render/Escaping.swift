import Foundation

/// Escaping for each output context: the one place feeds, exports, search shards, structured data and
/// HTML written outside the templates (which escape their own values) take it from.
public enum Escaping {
    /// Text safe in HTML content and in quoted attribute values.
    ///
    /// Works on UTF-8 bytes, not characters: a quote followed by a combining mark is one `Character` that
    /// is not `"`, yet the HTML parser still ends the attribute at that quote.
    public static func html(_ text: String) -> String {
        let utf8 = text.utf8
        let needsEntity = { (byte: UInt8) in htmlEntity(for: byte) != nil }
        guard utf8.withContiguousStorageIfAvailable({ $0.contains(where: needsEntity) }) ?? utf8.contains(where: needsEntity) else {
            return text
        }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 32)
        for byte in utf8 {
            if let entity = htmlEntity(for: byte) { out += entity.utf8 } else { out.append(byte) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func htmlEntity(for byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }

    /// A JSON string literal, safe inside `<script>`: `<`, `>`, `&`, U+2028 and U+2029 are `\u` escapes,
    /// so no value can close the script element or break a JavaScript parser.
    public static func jsonString(_ text: String) -> String {
        var out: [UInt8] = []
        appendJSONString(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `jsonString(text)` to UTF-8 bytes being written, in one pass that copies the runs
    /// between the bytes to escape.
    static func appendJSONString(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            out.reserveCapacity(out.count + bytes.count + 2)
            out.append(34)
            var runStart = 0, index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard needsJSONEscape(byte) else {
                    index += 1
                    continue
                }
                let escaped: String
                var length = 1
                switch byte {
                case 34: escaped = "\\\""
                case 92: escaped = "\\\\"
                case 10: escaped = "\\n"
                case 13: escaped = "\\r"
                case 9: escaped = "\\t"
                case 0xE2:
                    // U+2028 and U+2029 (E2 80 A8/A9) end lines in JavaScript.
                    guard index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 else {
                        index += 1
                        continue
                    }
                    escaped = unicodeEscape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029)
                    length = 3
                default: escaped = unicodeEscape(UInt32(byte))
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                out += escaped.utf8
                index += length
                runStart = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            out.append(34)
        }
    }

    /// Whether a UTF-8 byte may need escaping in a JSON string inside `<script>`.
    private static func needsJSONEscape(_ byte: UInt8) -> Bool {
        byte < 32 || byte == 34 || byte == 92 || byte == 60 || byte == 62 || byte == 38 || byte == 39 || byte == 0xE2
    }

    /// Text for XML content and attribute values; characters XML 1.0 forbids are dropped.
    public static func xml(_ text: String) -> String {
        // Most texts (every URL of a sitemap) need nothing: they are handed back without a scalar's copy.
        // A control byte or U+F000...U+FFFF's lead byte sends a text through the check below.
        let special: (UInt8) -> Bool = { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0xEF }
        guard text.utf8.contains(where: special) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                guard value >= 0x20, value != 0xFFFE, value != 0xFFFF else { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A CSV cell (RFC 4180), neutralised against spreadsheet formulas: a value starting with `=`, `+`,
    /// `-`, `@`, a tab or a carriage return is prefixed with `'`.
    public static func csvCell(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { value = "'" + value }
        // Bytes, not characters: a quote carrying a combining mark is still a quote to a CSV parser.
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        var quoted: [UInt8] = [0x22]
        quoted.reserveCapacity(value.utf8.count + 8)
        for byte in value.utf8 {
            quoted.append(byte)
            if byte == 0x22 { quoted.append(byte) }
        }
        quoted.append(0x22)
        return String(decoding: quoted, as: UTF8.self)
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
