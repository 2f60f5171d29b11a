extension SiteIndex {
    /// Builds every index and, if `checking`, checks every cross-reference, reporting each problem with its
    /// location. References are checked in all content, drafts included; the index holds only what
    /// `publication` allows. A translation names what its original names, so one language's check is enough.
    public static func build(
        from content: ContentSet, publication: Publication? = nil, checking: Bool = true
    ) -> (index: SiteIndex, diagnostics: [Diagnostic]) {
        var checker = ReferenceChecker(content: content)
        let checked = checker.removingDuplicates()
        if checking { checker.checkReferences() }
        var content = publication?.filter(checked) ?? checked
        content.config.today = publication?.now ?? content.config.today
        let cases = newestFirst(content.cases)
        let (collation, language) = (Collation.shared, content.config.language)
        let defenders = collation.sorted(content.defenders, kind: "defenders", language: language, name: \.name, tiebreak: \.slug)
        var members: [String: [Defender]] = [:]
        for defender in defenders {
            for organization in Set(defender.organizations.map(\.value)) { members[organization, default: []].append(defender) }
        }
        let keys: [@Sendable (CaseFile) -> [String]] = [
            { $0.defenders.map(\.value) },
            { $0.organizations.map(\.value) + $0.documents.flatMap { $0.organizations.map(\.value) } },
            { $0.mandates.map(\.value) + $0.documents.flatMap { $0.mandates.map(\.value) } },
            { [$0.country.value] }, { [String($0.date.year)] },
        ]
        let groups = keys.parallelMap(counted: false) { group(cases, keys: $0) }
        let index = SiteIndex(
            storedConfig: content.config,
            storedCases: cases,
            storedDefenders: defenders,
            storedOrganizations: collation.sorted(content.organizations, kind: "organizations", language: language, name: \.name, tiebreak: \.slug),
            storedMandates: collation.sorted(content.mandates, kind: "mandates", language: language, name: \.name, tiebreak: \.slug),
            storedInstruments: collation.sorted(content.instruments, kind: "instruments", language: language, name: \.title, tiebreak: \.slug),
            storedCountries: collation.sorted(
                Set(cases.compactMap { Country(code: $0.country.value, language: language) }).sorted { $0.code < $1.code }, kind: "countries", language: language,
                name: \.name, tiebreak: \.code),
            caseBySlug: Dictionary(cases.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a }),
            defenderByPublicSlug: Dictionary(
                content.defenders.compactMap { defender in defender.publicSlug.map { ($0, defender) } }, uniquingKeysWith: { a, _ in a }),
            defenderBySlug: Dictionary(content.defenders.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a }),
            organizationBySlug: Dictionary(content.organizations.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a }),
            mandateBySlug: Dictionary(content.mandates.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a }),
            instrumentBySlug: Dictionary(content.instruments.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a }),
            casesByDefender: groups[0], membersByOrganization: members, casesByOrganization: groups[1], casesByMandate: groups[2],
            casesByCountry: groups[3], casesByYear: groups[4],
            documentByReference: Dictionary(
                cases.flatMap(\.documents).flatMap { document in
                    ([document.reference].compactMap { $0 } + document.identifiers.map(\.value)).map { (normalize(reference: $0), document) }
                }, uniquingKeysWith: { a, _ in a }),
            documentsByMandate: signed(cases, mandates: groups[2].keys))
        return (index, checker.diagnostics)
    }

    /// The documents of `cases` each of `mandates` signed, newest first; sorted once for all mandates.
    private static func signed(_ cases: [CaseFile], mandates: some Sequence<String>) -> [String: [SourceDocument]] {
        var signed = Dictionary(uniqueKeysWithValues: mandates.map { ($0, [SourceDocument]()) })
        for document in cases.flatMap(\.documents).sorted(by: { ($0.date, $0.slug) > ($1.date, $1.slug) }) {
            for mandate in distinct(document.mandates.map(\.value)) { signed[mandate]?.append(document) }
        }
        return signed
    }

    /// Groups cases under each key they name, once per key, keeping the cases' order.
    private static func group(_ cases: [CaseFile], keys: @Sendable (CaseFile) -> [String]) -> [String: [CaseFile]] {
        var groups: [String: [CaseFile]] = [:]
        for caseFile in cases {
            for key in distinct(keys(caseFile)) { groups[key, default: []].append(caseFile) }
        }
        return groups
    }

    /// Each name once, in no particular order.
    private static func distinct(_ names: [String]) -> [String] { names.count > 1 ? Array(Set(names)) : names }

    /// Newest events first, ties broken by slug so the order never depends on the file system.
    private static func newestFirst(_ cases: [CaseFile]) -> [CaseFile] {
        cases.sorted { a, b in a.date != b.date ? a.date > b.date : a.slug < b.slug }
    }
}
