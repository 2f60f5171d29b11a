import CasebookKit
import Foundation

/// The outcome of the latest build, shared by the builder and every connection: requests read the site
/// only between builds, so none sees a folder half rewritten, and event streams wait for the next build.
final class BuildStatus: @unchecked Sendable {
    /// One build's outcome.
    struct Snapshot: Sendable {
        /// Counts builds from 0, before the first one ends.
        var generation: Int
        /// Names the build for browsers; differs between servers, so a page reloads after a restart.
        var tag: String
        /// The diagnostics of the build when it failed.
        var failure: [Diagnostic]?
        /// Whether some build succeeded, so there is a site to serve.
        var hasSite: Bool
    }

    private let condition = NSCondition()
    private let session = String(UInt64(Date().timeIntervalSince1970 * 1000), radix: 36)
    private var snapshot: Snapshot
    private var building = false
    private var readers = 0
    private var closed = false

    init() {
        snapshot = Snapshot(generation: 0, tag: "\(session)-0", failure: nil, hasSite: false)
    }

    /// The latest build's outcome.
    var current: Snapshot { condition.withLock { snapshot } }

    /// Runs a build once no request is reading the site, holding new ones back until it ends; then
    /// records its outcome, the diagnostics `build` returns when it failed, and wakes every waiter.
    func build(_ build: () -> [Diagnostic]?) {
        condition.withLock {
            building = true
            while readers > 0 { condition.wait() }
        }
        let failure = build()
        condition.withLock {
            building = false
            snapshot.generation += 1
            snapshot.tag = "\(session)-\(snapshot.generation)"
            snapshot.failure = failure
            snapshot.hasSite = snapshot.hasSite || failure == nil
            condition.broadcast()
        }
    }

    /// Runs `read` with the latest outcome while no build writes the site.
    func read<T>(_ read: (Snapshot) -> T) -> T {
        let state = condition.withLock {
            while building { condition.wait() }
            readers += 1
            return snapshot
        }
        defer {
            condition.withLock {
                readers -= 1
                if readers == 0 { condition.broadcast() }
            }
        }
        return read(state)
    }

    /// Waits for a build after `generation`, or `seconds`; the latest outcome then (the same
    /// generation when the time ran out), or `nil` once the status was closed.
    func wait(after generation: Int, seconds: Double) -> Snapshot? {
        let deadline = Date(timeIntervalSinceNow: seconds)
        return condition.withLock {
            while !closed, snapshot.generation == generation, condition.wait(until: deadline) {}
            return closed ? nil : snapshot
        }
    }

    /// Ends every wait, now and later.
    func close() {
        condition.withLock {
            closed = true
            condition.broadcast()
        }
    }
}
