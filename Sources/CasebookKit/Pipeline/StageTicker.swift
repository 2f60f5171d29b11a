import Foundation

/// Counts the items the running stage has handled and reports the count to the build's progress hook.
///
/// `StageClock` binds a ticker to each stage it measures; `parallelMap` announces and ticks off the
/// items it maps, so every stage that works in parallel reports its progress without code of its own.
final class StageTicker: @unchecked Sendable {
    /// The ticker of the stage running on this thread, if the build reports progress.
    @TaskLocal static var current: StageTicker?

    private let stage: String
    private let report: @Sendable (BuildProgress) -> Void
    private let lock = NSLock()
    private var done = 0
    private var total = 0

    /// A ticker for `stage`, reporting to `report`.
    init(stage: String, report: @escaping @Sendable (BuildProgress) -> Void) {
        self.stage = stage
        self.report = report
    }

    /// The items handled so far.
    var count: Int { lock.withLock { done } }

    /// Announces `items` more items to handle.
    func expect(_ items: Int) {
        lock.withLock { total += items }
    }

    /// Records that the stage handled `items` in all, for a stage that counts its work once it is done.
    func settle(_ items: Int) {
        lock.withLock { done = items }
    }

    /// Records one handled item, and reports the count each time the percentage changes.
    func tick() {
        let (done, total, changed) = lock.withLock {
            self.done += 1
            let total = max(self.total, self.done)
            return (self.done, total, self.done * 100 / total != (self.done - 1) * 100 / total)
        }
        if changed { report(.advanced(stage: stage, done: done, total: total)) }
    }
}
