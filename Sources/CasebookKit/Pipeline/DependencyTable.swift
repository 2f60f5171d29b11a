import Foundation

/// Every dependency a kept part read, numbered once: a part keeps numbers rather than values, and a
/// rebuild checks each number once instead of hashing every part's dependencies. Entries are only
/// added, so numbers held by older memos stay valid; the table lives as long as `serve` does.
final class DependencyTable: @unchecked Sendable {
    private let lock = NSLock()
    private var numbers: [Dependency: Int32] = [:]
    private var dependencies: [Dependency] = []

    /// The numbers of `read`, adding those not numbered yet.
    func numbers(of read: Set<Dependency>) -> [Int32] {
        lock.lock()
        defer { lock.unlock() }
        return read.map { dependency in
            if let number = numbers[dependency] { return number }
            let number = Int32(dependencies.count)
            numbers[dependency] = number
            dependencies.append(dependency)
            return number
        }
    }

    /// The dependency numbered `number`.
    func dependency(_ number: Int32) -> Dependency {
        lock.lock()
        defer { lock.unlock() }
        return dependencies[Int(number)]
    }
}
