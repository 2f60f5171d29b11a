import Dispatch

extension Array where Element: Sendable {
    /// Makes each element's value with `make` and hands the values to `consume` in order, on this thread,
    /// while the next element's value is being made on another: a stage whose blocks are made on every core
    /// and gathered on one (search postings, data file rows) keeps the cores busy while it gathers.
    ///
    /// `make` runs for at most one element ahead of `consume`. If `consume` throws, the element being made
    /// is finished and dropped before the error is rethrown, so `make` never outlives the call.
    func pipelined<Made: Sendable>(_ make: @Sendable (Element) -> Made, consume: (Made) throws -> Void) rethrows {
        guard !isEmpty else { return }
        try withoutActuallyEscaping(make) { make in
            var ahead = Ahead(making: self[0], with: make)
            defer { _ = ahead.value() }
            for index in indices {
                let made = ahead.value()
                if index + 1 < count { ahead = Ahead(making: self[index + 1], with: make) }
                try consume(made)
            }
        }
    }
}

/// A value being made on a thread of the global queue; `value()` waits for it (and may be asked again).
private final class Ahead<Made: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    private var made: Made?
    /// The work, dropped before `done` is left: the queue may release its block later, and the caller's
    /// `make` must not be held by then.
    private var work: (@Sendable () -> Made)?

    init<Element: Sendable>(making element: Element, with make: @escaping @Sendable (Element) -> Made) {
        work = { make(element) }
        done.enter()
        DispatchQueue.global().async { [self] in
            made = work?()
            work = nil
            done.leave()
        }
    }

    func value() -> Made {
        done.wait()
        return made!
    }
}
