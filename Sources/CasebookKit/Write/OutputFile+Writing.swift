import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension OutputFile {
    /// Writes the bytes under `folder`, whose subfolders must exist; with `atomically`, through a
    /// temporary file renamed over the old one, so a reader never sees half a file.
    ///
    /// Plain POSIX calls without `fsync`: Foundation's `Data.write` syncs every file to disk, which made
    /// writing a large site several times slower, and a build is redone rather than recovered after a crash.
    func write(into folder: URL, atomically: Bool = false) throws {
        try write(toPath: folder.appendingPathComponent(path).path, atomically: atomically)
    }

    /// Writes the bytes to the file at `target`, whose folder must exist, as `write(into:atomically:)` does.
    func write(toPath target: String, atomically: Bool = false) throws {
        let written = atomically ? target + ".casebook-tmp-\(getpid())" : target
        let descriptor = open(written, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteFailure(errno, path: target) }
        defer { close(descriptor) }
        try Self.write(contents, to: descriptor, path: target)
        if atomically, rename(written, target) != 0 { throw WriteFailure(errno, path: target) }
    }

    /// Writes all of `bytes` to the open file `descriptor`, the file at `path`, however many calls it takes.
    static func write(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { throw WriteFailure(errno, path: path) }
                offset += count
            }
        }
    }
}

/// A file the system refused to write, with its reason (e.g. "Permission denied").
struct WriteFailure: LocalizedError {
    var path: String
    var reason: String

    /// The failure of a system call on `path` that set `errno` to `code`.
    init(_ code: Int32, path: String) {
        self.path = path
        reason = String(cString: strerror(code))
    }

    var errorDescription: String? { "\(path): \(reason)" }
}
