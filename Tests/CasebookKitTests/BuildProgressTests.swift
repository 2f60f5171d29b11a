import Foundation
import Testing
@testable import CasebookKit

/// The build's progress hook: every stage starts, advances and finishes, in order, with its count.
@Suite("build progress")
struct BuildProgressTests {
    /// Collects the events a build reports, from every thread.
    final class Recorder: @unchecked Sendable {
        private let lock = NSLock()
        private var recorded: [BuildProgress] = []
        func record(_ event: BuildProgress) { lock.withLock { recorded.append(event) } }
        var events: [BuildProgress] { lock.withLock { recorded } }
    }

    @Test("each stage reports start, progress and end; counts match what the build made")
    func events() throws {
        let fixture = try InvalidFixtureTests.fixture("valid", "base")
        let output = try TestSupport.temporaryFolder("casebook-progress")
        defer { try? FileManager.default.removeItem(at: output) }
        let recorder = Recorder()
        var options = BuildOptions(root: fixture, templates: try TestSupport.validTemplates(), output: output.appendingPathComponent("site"))
        options.progress = recorder.record

        let report = try SiteBuilder(options: options).build()

        let events = recorder.events
        let order = events.compactMap { if case .started(let stage, _) = $0 { stage } else { nil } }
        #expect(order == report.stages.map(\.name))
        var finished: [String: Int?] = [:]
        for (stage, seconds) in report.stages {
            let own = events.filter { $0.stage == stage }
            #expect(own.first == .started(stage: stage, unit: BuildProgress.units[stage]), "\(stage)")
            guard case .finished(_, let count, let reported) = own.last else { Issue.record("\(stage) did not finish"); continue }
            #expect(reported == seconds, "\(stage): the time the report keeps")
            finished[stage] = count
            for case .advanced(_, let done, let total) in own { #expect(done <= total && done <= (count ?? 0), "\(stage)") }
        }
        #expect(finished["render"] == report.pages)
        #expect(finished["load"] == 5)
        #expect(finished["templates"] == .some(nil), "templates count nothing")
    }
}

extension BuildProgress {
    /// The stage an event is about.
    var stage: String {
        switch self {
        case .started(let stage, _), .advanced(let stage, _, _), .finished(let stage, _, _): stage
        }
    }
}
