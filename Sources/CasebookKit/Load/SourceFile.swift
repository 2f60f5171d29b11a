import Foundation

/// A content file read from disk and checked to be UTF-8 text, with line endings normalised.
public struct SourceFile: Sendable, Hashable {
    /// The path used in diagnostics.
    public var path: String
    /// The text, without a byte-order mark and with `\n` line endings (see `unifyingLineEnds`).
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
        guard let text = String(validating: unifyingLineEnds(bytes), as: UTF8.self) else {
            return .failure(.error(.notUTF8, at: firstInvalidByte(in: bytes, path: path)))
        }
        return .success(SourceFile(path: path, text: text))
    }

    /// `\r\n`, a lone `\r` (old Mac files), NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR each as one `\n`.
    ///
    /// cmark ends a line at `\r` as at `\n`, and libyaml at all five: read otherwise, the splitter, the
    /// private-passage markers and every location would count other lines than the renderer and the YAML.
    /// A byte that is no such sequence is kept, so invalid UTF-8 stays invalid.
    static func unifyingLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        let others: [[UInt8]] = [[0x0D], [0xC2, 0x85], [0xE2, 0x80, 0xA8], [0xE2, 0x80, 0xA9]]
        guard let first = others.compactMap({ ByteSearch.firstOffset(of: $0, in: bytes[...]) }).min() else { return bytes }
        var out = Array(bytes[..<first])
        out.reserveCapacity(bytes.count)
        var index = first
        while index < bytes.count {
            let length = lineEndLength(bytes, at: index)
            out.append(length > 0 ? 0x0A : bytes[index])
            index += max(1, length)
        }
        return out
    }

    /// How many bytes the line end at `index` takes, 0 where there is none.
    private static func lineEndLength(_ bytes: [UInt8], at index: Int) -> Int {
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        switch bytes[index] {
        case 0x0A: return 1
        case 0x0D: return next == 0x0A ? 2 : 1
        case 0xC2: return next == 0x85 ? 2 : 0
        case 0xE2:
            let third = index + 2 < bytes.count ? bytes[index + 2] : 0
            return next == 0x80 && (third == 0xA8 || third == 0xA9) ? 3 : 0
        default: return 0
        }
    }

    private static func firstInvalidByte(in bytes: [UInt8], path: String) -> SourceLocation {
        var index = 0
        while index < bytes.count {
            let length = utf8SequenceLength(bytes, at: index)
            guard length > 0 else { break }
            index += length
        }
        let lines = String(decoding: unifyingLineEnds(Array(bytes[..<index])), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false)
        return SourceLocation(path: path, line: lines.count, column: (lines.last?.unicodeScalars.count ?? 0) + 1)
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
