import Foundation
import Testing
@testable import CasebookKit

/// Blocks made on other threads while the one before is gathered: order kept, at most one ahead, errors rethrown.
@Suite("Pipelined blocks")
struct PipelinedTests {
    /// What the making threads did, seen from the consuming one.
    final class Trace: @unchecked Sendable {
        private let lock = NSLock()
        private var started: [Int] = []

        func start(_ element: Int) { lock.withLock { started.append(element) } }
        var startedCount: Int { lock.withLock { started.count } }
    }

    @Test("every element is made once and consumed in order, never more than one ahead of the consumer")
    func orderAndLead() {
        let trace = Trace()
        var consumed: [Int] = []
        Array(0..<200).pipelined { element -> Int in
            trace.start(element)
            return element * element
        } consume: { made in
            // The element consumed here and at most the next one have been started.
            #expect(trace.startedCount <= consumed.count + 2)
            consumed.append(made)
        }
        #expect(consumed == (0..<200).map { $0 * $0 })
        #expect(trace.startedCount == 200)
    }

    @Test("an error of the consumer stops the run after the element being made is done, and is rethrown")
    func consumerError() {
        struct Stop: Error {}
        let trace = Trace()
        var consumed: [Int] = []
        #expect(throws: Stop.self) {
            try Array(0..<50).pipelined { element -> Int in
                Thread.sleep(forTimeInterval: 0.001)
                trace.start(element)
                return element
            } consume: { made in
                if made == 10 { throw Stop() }
                consumed.append(made)
            }
        }
        #expect(consumed == Array(0..<10))
        #expect(trace.startedCount == 12)
    }

    @Test("nothing to make consumes nothing")
    func empty() {
        var consumed = 0
        [Int]().pipelined { $0 } consume: { _ in consumed += 1 }
        #expect(consumed == 0)
    }
}
