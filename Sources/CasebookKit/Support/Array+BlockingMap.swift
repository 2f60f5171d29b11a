import Foundation

extension Array where Element: Sendable {
    /// Maps every element on `width` threads of its own, keeping the order of the input: for calls that
    /// wait on the disk rather than use a core.
    ///
    /// A cold disk answers many requests at once about as fast as one: listing 10,000 uncached folders
    /// took 9.4 s one at a time and 2.2 s sixteen at a time here. `parallelMap` has a thread per core.
    func blockingMap<Result: Sendable>(width: Int = 16, _ transform: @escaping @Sendable (Element) -> Result) -> [Result] {
        let threads = Swift.min(width, count)
        guard threads > 1 else { return map(transform) }
        let work = BlockingWork(elements: self, transform: transform)
        let done = DispatchGroup()
        for _ in 0..<threads {
            done.enter()
            Thread {
                work.run()
                done.leave()
            }.start()
        }
        done.wait()
        return work.results()
    }
}

/// The elements a `blockingMap` has still to hand out, and the results its threads have stored.
private final class BlockingWork<Element: Sendable, Result: Sendable>: @unchecked Sendable {
    private let elements: [Element]
    private let transform: @Sendable (Element) -> Result
    private let lock = NSLock()
    private var next = 0
    private let slots: ResultSlots<Result>

    init(elements: [Element], transform: @escaping @Sendable (Element) -> Result) {
        self.elements = elements
        self.transform = transform
        slots = ResultSlots(count: elements.count)
    }

    /// Takes elements one at a time until none is left.
    func run() {
        while let index = take() { slots.store(transform(elements[index]), at: index) }
    }

    func results() -> [Result] { slots.values() }

    private func take() -> Int? {
        lock.withLock {
            guard next < elements.count else { return nil }
            defer { next += 1 }
            return next
        }
    }
}
