#if canImport(Glibc)
import Glibc
#endif

/// Hands back to the system the memory the allocator keeps for reuse, where the allocator is jemalloc
/// (linked into the `casebook` binary; elsewhere this does nothing). jemalloc returns freed pages only
/// after seconds: between two stages of a build that keeps nothing, what one stage freed would stay
/// resident under what the next allocates (at 10,000 cases the search postings under the exports).
enum FreedMemory {
    private typealias Control = @convention(c) (
        UnsafePointer<CChar>?, UnsafeMutableRawPointer?, UnsafeMutablePointer<Int>?, UnsafeMutableRawPointer?, Int
    ) -> Int32

    /// Purges every arena's unused pages (`arena.<MALLCTL_ARENAS_ALL>.purge`).
    static func release() {
        #if os(Linux)
        guard let symbol = dlsym(nil, "mallctl") else { return }
        _ = unsafeBitCast(symbol, to: Control.self)("arena.4096.purge", nil, nil, nil, 0)
        #endif
    }
}
