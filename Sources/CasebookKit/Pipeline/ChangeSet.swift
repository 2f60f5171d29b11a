/// Which dependencies have another value in this build's linked site than in the last one's; each is
/// compared once, and values shared with the last build compare by identity.
struct ChangeSet {
    let old: LinkedSite
    let new: LinkedSite
    /// Numbers the dependencies that parts keep.
    let table: DependencyTable
    private var knownByNumber: [Bool?] = []
    private var texts: (old: [String: MarkdownText], new: [String: MarkdownText])?
    /// The slugs of cases that differ, found in one pass: lists of cases then compare by slug.
    private var changedCases: Set<String>?

    /// Compares the site a build linked with the one the build before it linked.
    init(from old: LinkedSite, to new: LinkedSite, numbering table: DependencyTable = DependencyTable()) {
        self.old = old
        self.new = new
        self.table = table
    }

    /// Whether any of the dependencies numbered `numbers` in `table` changed.
    mutating func containsAny(of numbers: [Int32]) -> Bool {
        numbers.contains { number in
            let position = Int(number)
            if position >= knownByNumber.count { knownByNumber += Array(repeating: nil, count: position + 1 - knownByNumber.count) }
            if let answer = knownByNumber[position] { return answer }
            let answer = changed(table.dependency(number))
            knownByNumber[position] = answer
            return answer
        }
    }

    /// Whether `dependency` reads differently now.
    mutating func changed(_ dependency: Dependency) -> Bool {
        let (x, y) = (old.index, new.index)
        switch dependency {
        case .config: return x.storedConfig != y.storedConfig
        case .defenders: return !Self.same(x.storedDefenders, y.storedDefenders)
        case .organizations: return !Self.same(x.storedOrganizations, y.storedOrganizations)
        case .mandates: return !Self.same(x.storedMandates, y.storedMandates)
        case .instruments: return x.storedInstruments != y.storedInstruments
        case .countries: return x.storedCountries != y.storedCountries
        case .years: return Set(x.casesByYear.keys) != Set(y.casesByYear.keys)
        case .caseFile(let slug): return casesChanged().contains(slug)
        case .defender(let slug): return !Self.same(x.defenderBySlug[slug], y.defenderBySlug[slug])
        case .publicDefender(let slug): return !Self.same(x.defenderByPublicSlug[slug], y.defenderByPublicSlug[slug])
        case .organization(let slug): return !Self.same(x.organizationBySlug[slug], y.organizationBySlug[slug])
        case .mandate(let slug): return !Self.same(x.mandateBySlug[slug], y.mandateBySlug[slug])
        case .instrument(let slug): return x.instrumentBySlug[slug] != y.instrumentBySlug[slug]
        case .caseList(let list): return !sameCases(x.stored(list)[...], y.stored(list)[...])
        case .caseCount(let list): return x.stored(list).count != y.stored(list).count
        case .yearCounts(let list): return SiteIndex.yearCounts(of: x.stored(list)) != SiteIndex.yearCounts(of: y.stored(list))
        case .caseCountExceeds(let list, let count): return (x.stored(list).count > count) != (y.stored(list).count > count)
        case .caseSlice(let list, let range): return !sameCases(x.stored(list).fromOldest(range), y.stored(list).fromOldest(range))
        case .documentCount(let slug): return x.documentsByMandate[slug]?.count != y.documentsByMandate[slug]?.count
        case .documentCountExceeds(let slug, let count):
            return ((x.documentsByMandate[slug]?.count ?? 0) > count) != ((y.documentsByMandate[slug]?.count ?? 0) > count)
        case .documentSlice(let slug, let range):
            return !Self.same((x.documentsByMandate[slug] ?? []).fromOldest(range), (y.documentsByMandate[slug] ?? []).fromOldest(range))
        case .members(let slug): return !Self.same(x.membersByOrganization[slug], y.membersByOrganization[slug])
        case .document(let reference): return !Self.same(x.documentByReference[reference], y.documentByReference[reference])
        case .body(let route):
            let (before, now) = (old.memos[route], new.memos[route])
            return before !== now && before?.linked.rendered != now?.linked.rendered
        case .text(let path):
            if texts == nil { texts = (Self.texts(of: x), Self.texts(of: y)) }
            return texts?.old[path] != texts?.new[path]
        case .citationsOf(let slug): return old.citations.byInstrument[slug] != new.citations.byInstrument[slug]
        case .citationsIn(let slug): return old.citations.byCase[slug] != new.citations.byCase[slug]
        }
    }

    /// The slugs of cases added, removed or changed (their Markdown sources aside).
    private mutating func casesChanged() -> Set<String> {
        if let changedCases { return changedCases }
        let (x, y) = (old.index.caseBySlug, new.index.caseBySlug)
        let changed = Set(x.keys).union(y.keys).filter { !Self.same(x[$0], y[$0]) }
        changedCases = changed
        return changed
    }

    /// Whether two lists hold the same unchanged cases in the same order.
    private mutating func sameCases(_ a: ArraySlice<CaseFile>, _ b: ArraySlice<CaseFile>) -> Bool {
        let changed = casesChanged()
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { $0.slug == $1.slug && !changed.contains($0.slug) }
    }
}
