extension SourceLocation {
    /// The location of the byte at `offset` of UTF-8 `bytes`: its line, and its column counted in scalars.
    init(path: String, byteOffset offset: Int, in bytes: [UInt8]) {
        var line = 1, lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = 1 + bytes[lineStart..<min(offset, bytes.count)].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        self.init(path: path, line: line, column: column)
    }
}
