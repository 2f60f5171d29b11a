import CasebookKit
import Foundation

/// The outcome of the latest build, shared by the builder and every connection, with a way to wait
/// for the next build.
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
    private var closed = false

    init() {
        snapshot = Snapshot(generation: 0, tag: "\(session)-0", failure: nil, hasSite: false)
    }

    /// The latest build's outcome.
    var current: Snapshot { condition.withLock { snapshot } }

    /// Records that a build ended, failed with `failure` or succeeded, and wakes every waiter.
    func publish(failure: [Diagnostic]?) {
        condition.withLock {
            snapshot.generation += 1
            snapshot.tag = "\(session)-\(snapshot.generation)"
            snapshot.failure = failure
            snapshot.hasSite = snapshot.hasSite || failure == nil
            condition.broadcast()
        }
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
