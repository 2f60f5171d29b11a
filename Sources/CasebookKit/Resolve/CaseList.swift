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

    /// The cases of `list` at the positions of `range` that it has: one page of a long list.
    public func cases(_ list: CaseList, in range: Range<Int>) -> ArraySlice<CaseFile> {
        DependencyLog.note(.caseSlice(list, range))
        return stored(list).clamped(to: range)
    }

    /// The documents a mandate signed, newest first, at the positions of `range` that there are.
    public func documents(ofMandate slug: String, in range: Range<Int>) -> ArraySlice<SourceDocument> {
        DependencyLog.note(.documentSlice(mandate: slug, range))
        return (documentsByMandate[slug] ?? []).clamped(to: range)
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
