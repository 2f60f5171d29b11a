import Testing
@testable import CasebookKit

/// Values made once per key and shared across threads.
@Suite("Concurrent memo")
struct ConcurrentMemoTests {
    @Test("every thread gets the value kept for its key, nil included, and keys never mix")
    func sharedValues() {
        let memo = ConcurrentMemo<[String], String?>()
        let answers = Array(0..<2000).parallelMap(counted: false) { number -> String?? in
            let key = ["title", String(number % 7)]
            return memo.value(for: key) { number % 7 == 0 ? nil : "made for \(number % 7)" }
        }
        for (number, answer) in answers.enumerated() {
            #expect(answer == .some(number % 7 == 0 ? nil : "made for \(number % 7)"))
        }
        #expect(memo.value(for: ["title", "3"]) { "made again" } == "made for 3")
    }
}
