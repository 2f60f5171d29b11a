import Foundation

#if canImport(Glibc)
import Glibc
#endif

extension StagingFolder {
    /// A file of the folder written a piece at a time as a stage makes it, so that a large export (70 MB
    /// at 10,000 cases) is never whole in memory. Each piece is swept together with the end of the one
    /// before, so that nothing protected can hide across a seam; a folder that keeps, compares or records
    /// bytes gets the file whole, and sweeps it whole, when it is finished.
    final class Stream {
        private let staging: StagingFolder
        private let path: String
        /// The open file, when pieces go straight to a fresh folder.
        private var descriptor: Int32 = -1
        private var written = ""
        /// Whether the folder gets the file whole, when it is finished.
        private var keepsWhole = false
        private var whole: [UInt8] = []
        /// The file as the folder last wrote it, and how much of it the pieces so far repeat, while they
        /// all do: a file a rebuild writes alike is then neither copied nor compared again.
        private var previous: [UInt8]?
        private var repeated = 0
        private var seam: [UInt8] = []
        /// Where the seam starts in the file.
        private var seamStart = SourceLocation(path: "")
        private var leaked = false

        /// The longest spelling of a protected value the sweep can find across two pieces: a name of
        /// 200 characters, each written as a numeric character reference.
        static let seamLength = 4096

        fileprivate init(_ path: String, in staging: StagingFolder) throws {
            (self.staging, self.path) = (staging, path)
            guard case .fresh = staging.target, !staging.recording else {
                keepsWhole = true
                if case .inPlace(let old) = staging.target { previous = old[staging.folder + path] }
                return
            }
            let full = staging.folder + path
            try staging.makeFolder(of: full)
            written = staging.rootPath + "/" + full
            descriptor = open(written, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw WriteFailure(errno, path: written) }
        }

        deinit { if descriptor >= 0 { close(descriptor) } }

        /// Sweeps and writes the next piece of the file.
        func append(_ piece: [UInt8]) throws {
            guard !leaked else { return }
            if keepsWhole {
                if let previous {
                    if previous.count - repeated >= piece.count, Self.holds(piece, in: previous, at: repeated) {
                        repeated += piece.count
                        return
                    }
                    whole = Array(previous[..<repeated])
                    self.previous = nil
                }
                whole += piece
                return
            }
            let swept = seam + piece
            if let found = staging.sweep?.check(piece: swept, of: staging.folder + path, startingAt: seamStart), !found.isEmpty {
                staging.report(found)
                leaked = true
                return
            }
            var cut = max(0, swept.count - Self.seamLength)
            while cut < swept.count, swept[cut] & 0xC0 == 0x80 { cut += 1 }  // at the start of a character
            let end = SourceLocation(path: "", byteOffset: cut, in: swept)
            seamStart = SourceLocation(
                path: "", line: seamStart.line + end.line - 1, column: end.line == 1 ? seamStart.column + end.column - 1 : end.column)
            seam = Array(swept[cut...])
            try OutputFile.write(piece, to: descriptor, path: written)
        }

        /// Whether `bytes` holds `piece` at `offset`, where it has room for it.
        private static func holds(_ piece: [UInt8], in bytes: [UInt8], at offset: Int) -> Bool {
            piece.isEmpty
                || bytes.withUnsafeBufferPointer { bytes in
                    piece.withUnsafeBufferPointer { memcmp(bytes.baseAddress! + offset, $0.baseAddress!, $0.count) == 0 }
                }
        }

        /// Ends the file: closes it, or hands it whole to the folder.
        func finish() throws {
            if keepsWhole {
                let contents = previous.map { $0.count == repeated ? $0 : Array($0[..<repeated]) } ?? whole
                try staging.write(OutputFile(path: path, contents: contents))
                (whole, previous) = ([], nil)
                return
            }
            close(descriptor)
            descriptor = -1
            if leaked { unlink(written) } else { staging.countWritten() }
        }
    }

    /// A file at the site-relative `path` (in the folder of the pages now made), to write a piece at a time.
    func stream(_ path: String) throws -> Stream { try Stream(path, in: self) }
}
