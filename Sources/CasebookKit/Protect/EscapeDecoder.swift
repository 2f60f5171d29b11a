/// Reads the scalar at a position of UTF-8 bytes, decoding the escapes a name can hide behind: HTML
/// character references (named, with or without `;`, decimal, hexadecimal), percent escapes of UTF-8 and
/// JSON's `\u` escapes, each also when escaped again (`&amp;iacute;`, `%2541`).
struct EscapeDecoder {
    let bytes: UnsafeBufferPointer<UInt8>
    let limit: Int

    /// A decoded scalar (sometimes two: a few named references stand for a pair) and the index after it.
    struct Decoded {
        var first: UInt32
        var second: UInt32? = nil
        var next: Int
    }

    /// What stands at `index`: an escape decoded, or the UTF-8 scalar there (U+FFFD when invalid).
    func scalars(at index: Int) -> Decoded {
        switch bytes[index] {
        case 0x26: if let decoded = reference(at: index + 1) { return decoded }
        case 0x25: if let decoded = percent(at: index) { return decoded }
        case 0x5C: if let decoded = unicodeEscape(at: index) { return decoded }
        default: break
        }
        return utf8(at: index)
    }

    private func reference(at start: Int) -> Decoded? {
        guard start < limit else { return nil }
        if bytes[start] == 0x23 { return numericReference(at: start + 1) }
        var end = start
        while end < limit, end - start <= HTMLEntityTable.longestName, isAlphanumeric(bytes[end]) { end += 1 }
        guard end > start else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        let next = end < limit && bytes[end] == 0x3B ? end + 1 : end
        if name == "amp", next < limit, bytes[next] == 0x23 || isAlphanumeric(bytes[next]), let again = reference(at: next) {
            return again
        }
        if let decoded = named(name, next: next) { return decoded }
        // Browsers read a legacy name without its `;` even when letters follow it (`&aacutenar`).
        for length in stride(from: name.utf8.count - 1, through: 2, by: -1) {
            if let decoded = named(String(name.prefix(length)), next: start + length) { return decoded }
        }
        return nil
    }

    private func named(_ name: String, next: Int) -> Decoded? {
        guard let scalars = HTMLEntityTable.scalars[name], let first = scalars.first else { return nil }
        return Decoded(first: first.value, second: scalars.dropFirst().first?.value, next: next)
    }

    private func numericReference(at start: Int) -> Decoded? {
        let hex = start < limit && (bytes[start] | 0x20) == 0x78
        var cursor = hex ? start + 1 : start
        var value: UInt32 = 0
        let digitsStart = cursor
        while cursor < limit, let digit = digit(bytes[cursor], hex: hex), cursor - digitsStart < 8 {
            value = value * (hex ? 16 : 10) + digit
            cursor += 1
        }
        guard cursor > digitsStart else { return nil }
        if cursor < limit, bytes[cursor] == 0x3B { cursor += 1 }
        return Decoded(first: Unicode.Scalar(value) == nil ? 0xFFFD : value, next: cursor)
    }

    private func percent(at index: Int) -> Decoded? {
        guard var byte = hexByte(at: index + 1) else { return nil }
        var next = index + 3
        while byte == 0x25, let again = hexByte(at: next) {
            byte = again
            next += 2
        }
        guard byte >= 0x80 else { return Decoded(first: UInt32(byte), next: next) }
        var sequence = [byte]
        while sequence.count < 4, next + 2 < limit, bytes[next] == 0x25, let more = hexByte(at: next + 1), more & 0xC0 == 0x80 {
            sequence.append(more)
            next += 3
        }
        let value = String(validating: sequence, as: UTF8.self)?.unicodeScalars.first?.value ?? 0xFFFD
        return Decoded(first: value, next: next)
    }

    private func unicodeEscape(at index: Int) -> Decoded? {
        guard let high = fourHex(at: index) else { return nil }
        if (0xD800..<0xDC00).contains(high), let low = fourHex(at: index + 6), (0xDC00..<0xE000).contains(low) {
            return Decoded(first: 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00), next: index + 12)
        }
        return Decoded(first: Unicode.Scalar(high) == nil ? 0xFFFD : high, next: index + 6)
    }

    /// The value of `\uXXXX` at `index`.
    private func fourHex(at index: Int) -> UInt32? {
        guard index + 6 <= limit, bytes[index] == 0x5C, bytes[index + 1] | 0x20 == 0x75 else { return nil }
        var value: UInt32 = 0
        for offset in 2..<6 {
            guard let digit = digit(bytes[index + offset], hex: true) else { return nil }
            value = value * 16 + digit
        }
        return value
    }

    private func hexByte(at index: Int) -> UInt8? {
        guard index + 2 <= limit, let high = digit(bytes[index], hex: true), let low = digit(bytes[index + 1], hex: true) else {
            return nil
        }
        return UInt8(high * 16 + low)
    }

    private func utf8(at index: Int) -> Decoded {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard lead >= 0x80 else { return Decoded(first: UInt32(lead), next: index + 1) }
        guard lead >= 0xC2, index + length <= limit else { return Decoded(first: 0xFFFD, next: index + 1) }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return Decoded(first: 0xFFFD, next: index + offset) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return Decoded(first: value, next: index + length)
    }

    private func digit(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46 where hex: UInt32(byte - 0x41 + 10)
        case 0x61...0x66 where hex: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }

    private func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
