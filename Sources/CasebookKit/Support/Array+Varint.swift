extension Array where Element == UInt8 {
    /// Appends `value` (not negative) in seven-bit groups, lowest first, each but the last with its
    /// high bit set: one byte below 128, three below 2,097,152.
    mutating func appendVarint(_ value: Int) {
        var value = UInt(value)
        while value >= 0x80 {
            append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        append(UInt8(value))
    }

    /// The number `appendVarint` wrote at `position`, which moves past it.
    func varint(at position: inout Int) -> Int {
        var value = 0, shift = 0
        while true {
            let byte = self[position]
            position += 1
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }
}
