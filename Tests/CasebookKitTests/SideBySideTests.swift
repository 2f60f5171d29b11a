import Foundation
import Testing
@testable import CasebookKit

/// Work mapped a few elements at a time on threads of their own: order kept, the width held, errors rethrown.
@Suite("Side-by-side work")
struct SideBySideTests {
    /// How many elements are being mapped, and the most there ever were at once.
    final class Occupancy: @unchecked Sendable {
        private let lock = NSLock()
        private var now = 0
        private(set) var most = 0
        private(set) var mapped: [Int] = []

        func enter(_ element: Int) {
            lock.withLock {
                now += 1
                most = max(most, now)
                mapped.append(element)
            }
        }

        func leave() { lock.withLock { now -= 1 } }
    }

    @Test("every element is mapped once, the results keep the input's order, and no more than the width run at once")
    func orderAndWidth() throws {
        let occupancy = Occupancy()
        let results = try Array(0..<40).sideBySide(width: 2) { element -> Int in
            occupancy.enter(element)
            defer { occupancy.leave() }
            Thread.sleep(forTimeInterval: 0.002)
            return element * 3
        }
        #expect(results == (0..<40).map { $0 * 3 })
        #expect(occupancy.mapped.sorted() == Array(0..<40))
        #expect(occupancy.most <= 2)
    }

    @Test("two elements run at the same time: each waits for the other to start")
    func sideBySide() throws {
        let started = [DispatchSemaphore(value: 0), DispatchSemaphore(value: 0)]
        let met = try [0, 1].sideBySide { element -> Bool in
            started[element].signal()
            return started[1 - element].wait(timeout: .now() + 10) == .success
        }
        #expect(met == [true, true])
    }

    @Test("one element maps on this thread, and a width of one maps in order")
    func narrow() throws {
        let caller = pthread_self()
        let onCaller = try [7].sideBySide { _ in pthread_equal(pthread_self(), caller) != 0 }
        #expect(onCaller == [true])
        let occupancy = Occupancy()
        _ = try Array(0..<10).sideBySide(width: 1) { element in occupancy.enter(element); occupancy.leave() }
        #expect(occupancy.mapped == Array(0..<10))
    }

    @Test("after an element throws, the others are still mapped, and the first element's error is rethrown")
    func errors() {
        struct Failure: Error, Equatable { let element: Int }
        let occupancy = Occupancy()
        #expect(throws: Failure(element: 3)) {
            _ = try Array(0..<12).sideBySide { element -> Int in
                occupancy.enter(element)
                occupancy.leave()
                if element == 3 || element == 8 { throw Failure(element: element) }
                return element
            }
        }
        #expect(occupancy.mapped.sorted() == Array(0..<12))
    }
}
