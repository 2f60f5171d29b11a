import Dispatch

/// Times the stages of one build, in the order they ran, and reports them to the progress hook.
struct StageClock {
    private(set) var stages: [(name: String, seconds: Double)] = []
    /// Where each stage's start, progress and end go; `nil` reports nothing.
    let progress: (@Sendable (BuildProgress) -> Void)?

    /// A clock reporting to `progress`.
    init(progress: (@Sendable (BuildProgress) -> Void)? = nil) {
        self.progress = progress
    }

    /// Runs `body` and records how long it took under `name`.
    mutating func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let unit = BuildProgress.unit(of: name)
        let ticker = progress.map { StageTicker(stage: name, report: $0) }
        progress?(.started(stage: name, unit: unit))
        let result: T
        do {
            result = try StageTicker.$current.withValue(ticker, operation: body)
        } catch {
            record(name, since: start)
            throw error
        }
        let seconds = record(name, since: start)
        progress?(.finished(stage: name, count: unit == nil ? nil : ticker?.count, seconds: seconds))
        return result
    }

    /// Adds the stages `other` timed after this clock's, as a stage that ran beside them does.
    mutating func append(_ other: StageClock) {
        stages += other.stages
    }

    @discardableResult
    private mutating func record(_ name: String, since start: UInt64) -> Double {
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        stages.append((name, seconds))
        return seconds
    }
}
