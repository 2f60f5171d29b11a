import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// An unnamed file a build writes what it made and will read back later, so that it need not hold it:
/// written and read at offsets from any thread, gone when the last reference to it is.
final class ScratchFile: @unchecked Sendable {
    private let lock = NSLock()
    private var end = 0
    private let descriptor: Int32

    /// A file in the first of `folders` that takes one, or nil where none does.
    init?(in folders: [URL], named name: String) {
        for folder in folders {
            let path = folder.appendingPathComponent(".casebook-\(name)-\(UUID().uuidString)").path
            let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL, 0o600)
            guard descriptor >= 0 else { continue }
            // Unlinked at once, the file is Casebook's alone and gone when closed, whatever ends the build.
            unlink(path)
            self.descriptor = descriptor
            return
        }
        return nil
    }

    /// Folders for scratch files of a build writing into `output`: beside it first, since its disk has
    /// room for the site (a temporary folder may be in memory), else the temporary folder.
    static func folders(besideOutput output: URL) -> [URL] {
        [output.deletingLastPathComponent(), FileManager.default.temporaryDirectory]
    }

    deinit { close(descriptor) }

    /// Where the next `append` starts.
    var size: Int { lock.withLock { end } }

    /// Writes `data` at the end of the file; returns where it starts, or nil if it could not be written.
    func append(_ data: [UInt8]) -> Int? {
        let offset = reserve(data.count)
        return write(data, at: offset) ? offset : nil
    }

    /// Writes `data` at `offset`, which the caller has reserved.
    func write(_ data: [UInt8], at offset: Int) -> Bool {
        data.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, off_t(offset)) } == data.count
    }

    /// Reserves `count` bytes at the end of the file; returns where they start.
    func reserve(_ count: Int) -> Int {
        lock.withLock {
            defer { end += count }
            return end
        }
    }

    /// The `count` bytes at `offset`, or nil if they cannot be read.
    func read(count: Int, at offset: Int) -> [UInt8]? {
        var data = [UInt8](repeating: 0, count: count)
        let read = data.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset)) }
        return read == count ? data : nil
    }
}
