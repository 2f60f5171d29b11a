/// Character references (`&#106;`, `&#x3A`, `&colon;`) read in one pass as a browser reads them, so that the
/// sanitiser checks the value a browser would see and writes it back escaped.
enum CharacterReferences {
    /// Named references that stand for ASCII, the only ones that can change how a URL's scheme reads;
    /// other named references are kept as written, for the browser to read.
    static let named: [String: String] = [
        "Tab": "\t", "NewLine": "\n", "excl": "!", "quot": "\"", "QUOT": "\"", "num": "#", "dollar": "$", "percnt": "%",
        "amp": "&", "AMP": "&", "apos": "'", "lpar": "(", "rpar": ")", "ast": "*", "midast": "*", "plus": "+", "comma": ",",
        "period": ".", "sol": "/", "colon": ":", "semi": ";", "lt": "<", "LT": "<", "equals": "=", "gt": ">", "GT": ">",
        "quest": "?", "commat": "@", "lsqb": "[", "lbrack": "[", "bsol": "\\", "rsqb": "]", "rbrack": "]", "Hat": "^",
        "lowbar": "_", "UnderBar": "_", "grave": "`", "DiacriticalGrave": "`", "fjlig": "fj", "lcub": "{", "lbrace": "{",
        "verbar": "|", "vert": "|", "VerticalLine": "|", "rcub": "}", "rbrace": "}", "nbsp": "\u{A0}",
    ]

    /// `bytes` with its references decoded, and the same text escaped for HTML (unknown named references as written).
    static func read(_ bytes: ArraySlice<UInt8>) -> (decoded: String, escaped: String) {
        var decoded = "", escaped = ""
        var index = bytes.startIndex, runStart = index
        func flush(to end: Int) {
            let run = String(decoding: bytes[runStart..<end], as: UTF8.self)
            decoded += run
            escaped += Escaping.html(run)
        }
        while let ampersand = bytes[index...].firstIndex(of: UInt8(ascii: "&")) {
            flush(to: ampersand)
            if let (text, end) = numeric(bytes, at: ampersand) ?? knownNamed(bytes, at: ampersand) {
                decoded += text
                escaped += Escaping.html(text)
                index = end
            } else if let end = unknownNamed(bytes, at: ampersand) {
                let reference = String(decoding: bytes[ampersand..<end], as: UTF8.self)
                decoded += reference
                escaped += reference
                index = end
            } else {
                decoded += "&"
                escaped += "&amp;"
                index = ampersand + 1
            }
            runStart = index
        }
        flush(to: bytes.endIndex)
        return (decoded, escaped)
    }

    /// `&#106;`, `&#x6A;`, also without the `;`, as browsers accept them; invalid code points read as U+FFFD.
    private static func numeric(_ bytes: ArraySlice<UInt8>, at start: Int) -> (String, Int)? {
        guard start + 2 < bytes.endIndex, bytes[start + 1] == UInt8(ascii: "#") else { return nil }
        let hex = bytes[start + 2] | 0x20 == UInt8(ascii: "x")
        var index = start + (hex ? 3 : 2), value: UInt32 = 0
        let digitsStart = index
        while index < bytes.endIndex, let digit = digit(bytes[index], hex: hex) {
            value = min(value &* (hex ? 16 : 10) &+ digit, 0x110000)
            index += 1
        }
        guard index > digitsStart else { return nil }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: ";") { index += 1 }
        let scalar = value == 0 ? nil : Unicode.Scalar(value)
        return (String(scalar ?? "\u{FFFD}"), index)
    }

    private static func knownNamed(_ bytes: ArraySlice<UInt8>, at start: Int) -> (String, Int)? {
        guard let end = unknownNamed(bytes, at: start),
            let text = named[String(decoding: bytes[(start + 1)..<(end - 1)], as: UTF8.self)]
        else { return nil }
        return (text, end)
    }

    /// The end of `&name;` starting at `start`, whatever the name.
    private static func unknownNamed(_ bytes: ArraySlice<UInt8>, at start: Int) -> Int? {
        var index = start + 1
        while index < bytes.endIndex, isAlphanumeric(bytes[index]) { index += 1 }
        guard index > start + 1, index < bytes.endIndex, bytes[index] == UInt8(ascii: ";") else { return nil }
        return index + 1
    }

    private static func digit(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case 48...57: UInt32(byte - 48)
        case 97...102 where hex: UInt32(byte - 87)
        case 65...70 where hex: UInt32(byte - 55)
        default: nil
        }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
    }
}
