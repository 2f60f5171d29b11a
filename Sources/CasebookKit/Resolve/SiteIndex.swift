/// Site-wide lookups built once, after loading and before rendering: every page reads from it.
public struct SiteIndex: Sendable {
    public let config: SiteConfig
    /// Cases, newest first.
    public let cases: [CaseFile]
    /// Defenders, organizations, mandates and instruments, each sorted by name.
    public let defenders: [Defender]
    public let organizations: [Organization]
    public let mandates: [Mandate]
    public let instruments: [Instrument]
    /// Countries that have at least one case, by name.
    public let countries: [Country]

    let caseBySlug: [String: CaseFile]
    let defenderByPublicSlug: [String: Defender]
    let defenderBySlug: [String: Defender]
    let organizationBySlug: [String: Organization]
    let mandateBySlug: [String: Mandate]
    let instrumentBySlug: [String: Instrument]
    let casesByDefender: [String: [CaseFile]]
    let membersByOrganization: [String: [Defender]]
    let casesByOrganization: [String: [CaseFile]]
    let casesByMandate: [String: [CaseFile]]
    let casesByCountry: [String: [CaseFile]]
    let casesByYear: [String: [CaseFile]]
    let documentByReference: [String: SourceDocument]

    /// Looks up a published case by slug.
    public func caseFile(_ slug: String) -> CaseFile? { caseBySlug[slug] }
    /// Looks up a defender by the slug of their profile's URL (a pseudonymous defender's is built from the pseudonym).
    public func defender(publicSlug: String) -> Defender? { defenderByPublicSlug[publicSlug] }
    /// Looks up a defender by slug.
    public func defender(_ slug: String) -> Defender? { defenderBySlug[slug] }
    /// Looks up an organization by slug.
    public func organization(_ slug: String) -> Organization? { organizationBySlug[slug] }
    /// Looks up a mandate by slug.
    public func mandate(_ slug: String) -> Mandate? { mandateBySlug[slug] }
    /// Looks up an instrument by slug.
    public func instrument(_ slug: String) -> Instrument? { instrumentBySlug[slug] }
    /// Cases about a defender, newest first.
    public func cases(ofDefender slug: String) -> [CaseFile] { casesByDefender[slug] ?? [] }
    /// Cases concerning an organization, newest first.
    public func cases(ofOrganization slug: String) -> [CaseFile] { casesByOrganization[slug] ?? [] }
    /// Defenders who belong to an organization, by name.
    public func members(of organization: String) -> [Defender] { membersByOrganization[organization] ?? [] }
    /// Cases a mandate took up (on the case or on one of its documents), newest first.
    public func cases(ofMandate slug: String) -> [CaseFile] { casesByMandate[slug] ?? [] }
    /// Cases in a country, newest first.
    public func cases(inCountry code: String) -> [CaseFile] { casesByCountry[code] ?? [] }
    /// Cases whose events happened in a year, newest first.
    public func cases(inYear year: Int) -> [CaseFile] { casesByYear[String(year)] ?? [] }
    /// The years that have cases, newest first.
    public var years: [Int] { casesByYear.keys.compactMap { Int($0) }.sorted(by: >) }
    /// The document published under a reference code, if the site has it.
    public func document(withReference reference: String) -> SourceDocument? {
        documentByReference[SiteIndex.normalize(reference: reference)]
    }

    static func normalize(reference: String) -> String {
        reference.uppercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
