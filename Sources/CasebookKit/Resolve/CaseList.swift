/// A list of cases the index keeps, newest first: every case, or those of one defender, organization,
/// mandate, country or year.
public enum CaseList: Hashable, Sendable {
    case all
    case defender(String)
    case organization(String)
    case mandate(String)
    case country(String)
    case year(Int)
}

extension SiteIndex {
    /// The cases of `list`, newest first.
    public func cases(_ list: CaseList) -> [CaseFile] {
        DependencyLog.note(.caseList(list))
        return stored(list)
    }

    /// How many cases `list` holds; a page that shows only the number reads nothing more.
    public func caseCount(_ list: CaseList) -> Int {
        DependencyLog.note(.caseCount(list))
        return stored(list).count
    }

    /// How many cases of `list` each year has, oldest year first; a chart reads no more than that.
    public func yearCounts(_ list: CaseList) -> [YearCount] {
        DependencyLog.note(.yearCounts(list))
        return Self.yearCounts(of: stored(list))
    }

    /// How many of `cases` each year has, oldest year first.
    static func yearCounts(of cases: [CaseFile]) -> [YearCount] {
        var counts: [Int: Int] = [:]
        for caseFile in cases { counts[caseFile.date.year, default: 0] += 1 }
        return counts.sorted { $0.key < $1.key }.map { YearCount(year: $0.key, count: $0.value) }
    }

    /// Whether `list` holds more than `count` cases; an archive page's pager reads no more than that.
    public func caseCount(_ list: CaseList, exceeds count: Int) -> Bool {
        DependencyLog.note(.caseCountExceeds(list, count))
        return stored(list).count > count
    }

    /// The cases of `list` at the positions of `range` counted from the oldest that it has, newest
    /// first: one page of a long list.
    public func cases(_ list: CaseList, fromOldest range: Range<Int>) -> ArraySlice<CaseFile> {
        DependencyLog.note(.caseSlice(list, range))
        return stored(list).fromOldest(range)
    }

    /// The documents a mandate signed at the positions of `range` counted from the oldest that there
    /// are, newest first.
    public func documents(ofMandate slug: String, fromOldest range: Range<Int>) -> ArraySlice<SourceDocument> {
        DependencyLog.note(.documentSlice(mandate: slug, range))
        return (documentsByMandate[slug] ?? []).fromOldest(range)
    }

    /// Whether a mandate signed more than `count` documents.
    public func documentCount(ofMandate slug: String, exceeds count: Int) -> Bool {
        DependencyLog.note(.documentCountExceeds(mandate: slug, count))
        return (documentsByMandate[slug]?.count ?? 0) > count
    }

    /// How many documents a mandate signed.
    public func documentCount(ofMandate slug: String) -> Int {
        DependencyLog.note(.documentCount(mandate: slug))
        return documentsByMandate[slug]?.count ?? 0
    }

    /// The stored list, without noting a read: for the change set, which compares builds.
    func stored(_ list: CaseList) -> [CaseFile] {
        switch list {
        case .all: storedCases
        case .defender(let slug): casesByDefender[slug] ?? []
        case .organization(let slug): casesByOrganization[slug] ?? []
        case .mandate(let slug): casesByMandate[slug] ?? []
        case .country(let code): casesByCountry[code] ?? []
        case .year(let year): casesByYear[String(year)] ?? []
        }
    }
}

/// How many cases a list has in one year.
public struct YearCount: Sendable, Hashable {
    public var year: Int
    public var count: Int
}
