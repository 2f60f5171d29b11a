/// A piece of a stage's output made on its own: a case's pages, a profile's search record, a case's export row.
struct Part<Value: Sendable>: Sendable {
    /// Names the part across builds: `case/<slug>`, `defender/<slug>`, `lists`…
    var key: String
    var make: @Sendable () -> Value
}

/// What a part made, with every dependency it read making it, by their numbers in a `DependencyTable`.
struct Tracked<Value: Sendable>: Sendable {
    var dependencies: [Int32]
    var value: Value

    /// Runs `make`, keeping what it made and what it read.
    static func recording(numbering table: DependencyTable, _ make: () -> Value) -> Tracked {
        let (value, read) = DependencyLog.recording(make)
        return Tracked(dependencies: table.numbers(of: read), value: value)
    }
}

extension Array {
    /// Makes every part on all cores.
    func makeAll<Value>() -> [Value] where Element == Part<Value> {
        parallelMap { $0.make() }
    }

    /// Makes every part, reusing each part of `previous` none of whose dependencies `changes` holds as
    /// changed (with no change set, none is reused), and noting what each part made reads; in the parts' order.
    func make<Value>(
        reusing previous: [String: Tracked<Value>], changes: inout ChangeSet?, numbering table: DependencyTable
    ) -> [Tracked<Value>] where Element == Part<Value> {
        let reusable = map { part -> Tracked<Value>? in
            guard let memo = previous[part.key], changes?.containsAny(of: memo.dependencies) == false else { return nil }
            return memo
        }
        return zip(self, reusable).map { (part: $0, memo: $1) }.parallelMap { job -> Tracked<Value> in
            job.memo ?? Tracked.recording(numbering: table, job.part.make)
        }
    }

    /// The parts `made` by key, for the next build to reuse.
    func memo<Value>(_ made: [Tracked<Value>]) -> [String: Tracked<Value>] where Element == Part<Value> {
        Dictionary(zip(map(\.key), made), uniquingKeysWith: { first, _ in first })
    }
}
