extension UInt8 {
    /// How many bytes the UTF-8 sequence this byte leads takes; 1 for ASCII and for a continuation byte.
    var utf8SequenceLength: Int { self >= 0xF0 ? 4 : self >= 0xE0 ? 3 : self >= 0xC0 ? 2 : 1 }
}

extension RandomAccessCollection where Element == UInt8, Index == Int {
    /// The scalar whose (valid, non-ASCII) UTF-8 encoding starts at `index`, and its length in bytes.
    func scalar(at index: Int) -> (Unicode.Scalar, Int) {
        let width = self[index].utf8SequenceLength
        var value = UInt32(self[index]) & (0xFF >> (width + 1))
        for offset in 1..<width { value = value << 6 | UInt32(self[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }
}
