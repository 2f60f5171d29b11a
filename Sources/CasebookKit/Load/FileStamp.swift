import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `stat` says of a file that any write changes: inode, size, and the times of the last change to
/// its data and to its inode, which no program can set back.
///
/// A rebuild trusts an unchanged stamp instead of reading the file again only when the file had settled
/// a second before it was last read: file times tick coarsely, so a write just after a read could leave
/// the stamp as it was (git's "racily clean" files).
struct FileStamp: Sendable, Equatable {
    private var inode: UInt64
    private var size: Int64
    private var modified: timespec
    private var changed: timespec

    /// The stamp of the file at `path` (following links), or nil if it cannot be read.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        (inode, size) = (UInt64(info.st_ino), Int64(info.st_size))
        (modified, changed) = (info.st_mtim, info.st_ctim)
    }

    /// The wall-clock time now, as file times are kept.
    static func now() -> timespec {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return time
    }

    /// Whether the file was last changed at least a second before `time`.
    func settled(before time: timespec) -> Bool { changed.tv_sec + 1 < time.tv_sec }

    static func == (a: FileStamp, b: FileStamp) -> Bool {
        (a.inode, a.size, a.modified.tv_sec, a.modified.tv_nsec, a.changed.tv_sec, a.changed.tv_nsec)
            == (b.inode, b.size, b.modified.tv_sec, b.modified.tv_nsec, b.changed.tv_sec, b.changed.tv_nsec)
    }
}
