extension UInt8 {
    /// How many bytes the UTF-8 sequence this byte leads takes; 1 for ASCII and for a continuation byte.
    var utf8SequenceLength: Int { self >= 0xF0 ? 4 : self >= 0xE0 ? 3 : self >= 0xC0 ? 2 : 1 }
}
