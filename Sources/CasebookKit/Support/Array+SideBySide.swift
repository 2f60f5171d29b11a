import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// Maps the elements at most `width` at a time, each on a thread of its own (one of them this one),
    /// and returns the results in order: for work that keeps every core busy while it makes its parts but
    /// leaves all but one idle while it gathers them, such as a language's pages, two pieces of which
    /// fill each other's idle time.
    ///
    /// Every element is mapped, even after one throws; the error of the first element that threw is rethrown.
    func sideBySide<Mapped: Sendable>(width: Int = 2, _ transform: @Sendable (Element) throws -> Mapped) throws -> [Mapped] {
        let lanes = Swift.min(width, count)
        guard lanes > 1 else { return try map(transform) }
        let results = withoutActuallyEscaping(transform) { transform in
            let run = SideBySideRun(self, transform: transform)
            let others = DispatchGroup()
            for _ in 1..<lanes { DispatchQueue.global().async(group: others) { run.lane() } }
            run.lane()
            others.wait()
            // The queue may release its blocks, and with them the run, after the group is left.
            return run.finish()
        }
        return try results.map { try $0.get() }
    }
}

/// The state of one `sideBySide` map: the next element to take, the results, and the transform, which
/// is dropped once every lane has ended.
private final class SideBySideRun<Element: Sendable, Mapped: Sendable>: @unchecked Sendable {
    private let elements: [Element]
    private var transform: (@Sendable (Element) throws -> Mapped)?
    private let results: ResultSlots<Result<Mapped, any Error>>
    private let lock = NSLock()
    private var next = 0

    init(_ elements: [Element], transform: @escaping @Sendable (Element) throws -> Mapped) {
        (self.elements, self.transform, results) = (elements, transform, ResultSlots(count: elements.count))
    }

    /// Maps elements, one at a time, until none is left.
    func lane() {
        guard let transform else { return }
        while let index = take() { results.store(Result { try transform(elements[index]) }, at: index) }
    }

    /// The results, once every lane has ended.
    func finish() -> [Result<Mapped, any Error>] {
        transform = nil
        return results.values()
    }

    private func take() -> Int? {
        lock.withLock {
            guard next < elements.count else { return nil }
            defer { next += 1 }
            return next
        }
    }
}
