import CSystem
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension SiteWriter {
    /// Puts the staging folder in the destination's place, then deletes the old site; returns a warning
    /// when some of the old site could not be deleted.
    ///
    /// The two are exchanged in one step where the system can (Linux's `RENAME_EXCHANGE`), so the
    /// destination is never missing, not even to a reader between two renames or after a kill.
    func swap(_ staging: URL, into destination: URL) throws -> [Diagnostic] {
        var status = stat()
        guard lstat(destination.path, &status) == 0 else {
            guard rename(staging.path, destination.path) == 0 else { throw WriteFailure(errno, path: destination.path) }
            return []
        }
        switch Self.exchange(staging, destination) {
        case 0: return Self.remove(staging)
        case EINVAL, ENOSYS: return try swapInTwoSteps(staging, into: destination)
        case let code: throw WriteFailure(code, path: destination.path)
        }
    }

    /// Exchanges two existing folders in one step; 0, or the `errno` of the failure (`EINVAL` or
    /// `ENOSYS` where the file system or the system cannot).
    static func exchange(_ first: URL, _ second: URL) -> Int32 {
        casebook_exchange(first.path, second.path) == 0 ? 0 : errno
    }

    /// Moves the old site aside, then moves the new one in: for file systems without an exchange, where a
    /// reader may find no site for a moment, and a kill in between leaves the old one for the next build
    /// to move back.
    func swapInTwoSteps(_ staging: URL, into destination: URL) throws -> [Diagnostic] {
        let retired = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent)-old-\(ProcessInfo.processInfo.processIdentifier)")
        guard rename(destination.path, retired.path) == 0 else { throw WriteFailure(errno, path: destination.path) }
        guard rename(staging.path, destination.path) == 0 else {
            let failure = WriteFailure(errno, path: destination.path)
            rename(retired.path, destination.path)
            throw failure
        }
        return Self.remove(retired)
    }
}
