import Foundation

/// A content file read from disk and checked to be UTF-8 text, with line endings normalised.
public struct SourceFile: Sendable, Hashable {
    /// The path used in diagnostics.
    public var path: String
    /// The text, without a byte-order mark and with `\n` line endings.
    public var text: String

    /// Creates a source file from text already in memory (tests, generated content).
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// Reads a file, reporting unreadable and non-UTF-8 files as diagnostics.
    public static func read(at url: URL, displayPath: String) -> Result<SourceFile, Diagnostic> {
        bytes(at: url, displayPath: displayPath).flatMap { decode($0, path: displayPath) }
    }

    /// The file's bytes, or the reason they cannot be read.
    static func bytes(at url: URL, displayPath: String) -> Result<Data, Diagnostic> {
        do {
            return .success(try Data(contentsOf: url))
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? "\(error.localizedDescription)"
            return .failure(.error(.unreadableFile(reason: reason), at: SourceLocation(path: displayPath)))
        }
    }

    /// Decodes bytes as UTF-8, pointing at the first invalid byte if they are not.
    public static func decode(_ data: Data, path: String) -> Result<SourceFile, Diagnostic> {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(.error(.notUTF8, at: firstInvalidByte(in: bytes, path: path)))
        }
        let normalised = bytes.contains(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        return .success(SourceFile(path: path, text: normalised))
    }

    private static func firstInvalidByte(in bytes: [UInt8], path: String) -> SourceLocation {
        var line = 1, column = 1, index = 0
        while index < bytes.count {
            let length = utf8SequenceLength(bytes, at: index)
            guard length > 0 else { break }
            if bytes[index] == 0x0A { line += 1; column = 1 } else { column += 1 }
            index += length
        }
        return SourceLocation(path: path, line: line, column: column)
    }

    private static func utf8SequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let slice = Array(bytes[index..<index + length])
        return String(validating: slice, as: UTF8.self) == nil ? 0 : length
    }
}
