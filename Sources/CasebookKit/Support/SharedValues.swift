import Foundation

/// One shared copy of each value handed to it, across threads: values made anew for every page that are
/// equal to one made before (their strings each a fresh allocation) are replaced by that first one.
final class SharedValues<Value: Hashable & Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: Set<Value> = []

    /// The copy of `value` kept first.
    func intern(_ value: Value) -> Value {
        lock.withLock { values.insert(value).memberAfterInsert }
    }
}
