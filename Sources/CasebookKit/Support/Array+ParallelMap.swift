import Dispatch

extension Array where Element: Sendable {
    /// Maps every element on all cores, keeping the order of the input.
    ///
    /// Each mapped element counts as one item of the running stage's progress, unless `counted` is false
    /// (for work that is not what the stage counts, such as writing its files).
    func parallelMap<Result: Sendable>(counted: Bool = true, _ transform: @Sendable (Element) -> Result) -> [Result] {
        let ticker = counted ? StageTicker.current : nil
        ticker?.expect(count)
        guard count > 1 else { return map { defer { ticker?.tick() }; return transform($0) } }
        let results = ResultSlots<Result>(count: count)
        // Worker threads do not inherit task-locals; a part's reads on them must still reach its log.
        let log = DependencyLog.current
        self.withUnsafeBufferPointer { elements in
            nonisolated(unsafe) let elements = elements
            DispatchQueue.concurrentPerform(iterations: count) { index in
                let value = log.map { DependencyLog.$current.withValue($0) { transform(elements[index]) } } ?? transform(elements[index])
                results.store(value, at: index)
                ticker?.tick()
            }
        }
        return results.values()
    }
}
