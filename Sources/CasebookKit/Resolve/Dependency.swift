import Foundation

/// One thing a page, search record or export row can read from the linked site. A rebuild makes such a
/// part again only when one of the dependencies it read has a different value than in the last build.
///
/// The site's readers note them themselves (`SiteIndex`, `LinkedSite`, `CitationIndex`), so a part
/// cannot read something its dependencies miss.
enum Dependency: Hashable, Sendable {
    case config
    /// The whole list of that kind, in its order.
    case defenders, organizations, mandates, instruments, countries, years
    case caseFile(String), defender(String), publicDefender(String), organization(String), mandate(String), instrument(String)
    /// A list of cases whole, its length only, whether it is longer than a number, or the cases at some
    /// of its positions counted from the oldest (a page of it).
    case caseList(CaseList), caseCount(CaseList), caseCountExceeds(CaseList, Int), caseSlice(CaseList, Range<Int>)
    /// How many cases of a list each year has: what a chart of it reads.
    case yearCounts(CaseList)
    case documentCount(mandate: String), documentCountExceeds(mandate: String, Int), documentSlice(mandate: String, Range<Int>)
    case members(String)
    case document(reference: String)
    case body(Route)
    /// A content file's Markdown source, by display path; pages read bodies as `body(_:)` instead.
    case text(path: String)
    case citationsOf(instrument: String), citationsIn(caseSlug: String)
}

/// The dependencies read on this task while a part is made; outside any log a read costs one task-local lookup.
final class DependencyLog: @unchecked Sendable {
    /// The log of the part being made on this task, if any.
    @TaskLocal static var current: DependencyLog?

    private let lock = NSLock()
    private var read: Set<Dependency> = []

    /// Notes that the running part read `dependency`.
    static func note(_ dependency: Dependency) {
        guard let log = current else { return }
        log.lock.lock()
        log.read.insert(dependency)
        log.lock.unlock()
    }

    /// Runs `body` with a fresh log; returns what it made and every dependency it read, on any thread
    /// `parallelMap` ran it on.
    static func recording<Value>(_ body: () -> Value) -> (value: Value, dependencies: Set<Dependency>) {
        let log = DependencyLog()
        let value = $current.withValue(log, operation: body)
        return (value, log.read)
    }
}
