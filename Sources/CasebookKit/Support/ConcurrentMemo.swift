import Foundation

/// Values made once per key and shared across threads: for what thousands of pages compute alike.
final class ConcurrentMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    /// The value kept for `key`, made by `make` the first time. Two threads asking at once may both make
    /// it; the first one kept is returned to both.
    func value(for key: Key, _ make: () -> Value) -> Value {
        if let kept = lock.withLock({ values[key] }) { return kept }
        let made = make()
        return lock.withLock {
            if let kept = values[key] { return kept }
            values[key] = made
            return made
        }
    }
}
