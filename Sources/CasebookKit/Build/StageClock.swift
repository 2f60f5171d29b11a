import Dispatch

/// Times the stages of one build, in the order they ran.
struct StageClock {
    private(set) var stages: [(name: String, seconds: Double)] = []

    /// Runs `body` and records how long it took under `name`.
    mutating func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { stages.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)) }
        return try body()
    }
}
