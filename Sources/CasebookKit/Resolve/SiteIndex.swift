/// Site-wide lookups built once, after loading and before rendering: every page reads from it.
///
/// Every read notes its `Dependency`, so that a rebuild knows which pages read what changed.
public struct SiteIndex: Sendable {
    let storedConfig: SiteConfig
    let storedCases: [CaseFile]
    let storedDefenders: [Defender]
    let storedOrganizations: [Organization]
    let storedMandates: [Mandate]
    let storedInstruments: [Instrument]
    let storedCountries: [Country]

    public var config: SiteConfig { DependencyLog.note(.config); return storedConfig }
    /// Cases, newest first.
    public var cases: [CaseFile] { cases(.all) }
    /// Defenders, organizations, mandates and instruments, each sorted by name.
    public var defenders: [Defender] { DependencyLog.note(.defenders); return storedDefenders }
    public var organizations: [Organization] { DependencyLog.note(.organizations); return storedOrganizations }
    public var mandates: [Mandate] { DependencyLog.note(.mandates); return storedMandates }
    public var instruments: [Instrument] { DependencyLog.note(.instruments); return storedInstruments }
    /// Countries that have at least one case, by name.
    public var countries: [Country] { DependencyLog.note(.countries); return storedCountries }

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
    /// The documents each mandate signed, newest first.
    let documentsByMandate: [String: [SourceDocument]]

    /// Looks up a published case by slug.
    public func caseFile(_ slug: String) -> CaseFile? { DependencyLog.note(.caseFile(slug)); return caseBySlug[slug] }
    /// Looks up a defender by the slug of their profile's URL (a pseudonymous defender's is built from the pseudonym).
    public func defender(publicSlug: String) -> Defender? {
        DependencyLog.note(.publicDefender(publicSlug))
        return defenderByPublicSlug[publicSlug]
    }
    /// Looks up a defender by slug.
    public func defender(_ slug: String) -> Defender? { DependencyLog.note(.defender(slug)); return defenderBySlug[slug] }
    /// Looks up an organization by slug.
    public func organization(_ slug: String) -> Organization? { DependencyLog.note(.organization(slug)); return organizationBySlug[slug] }
    /// Looks up a mandate by slug.
    public func mandate(_ slug: String) -> Mandate? { DependencyLog.note(.mandate(slug)); return mandateBySlug[slug] }
    /// Looks up an instrument by slug.
    public func instrument(_ slug: String) -> Instrument? { DependencyLog.note(.instrument(slug)); return instrumentBySlug[slug] }
    /// Defenders who belong to an organization, by name.
    public func members(of organization: String) -> [Defender] {
        DependencyLog.note(.members(organization))
        return membersByOrganization[organization] ?? []
    }
    /// The years that have cases, newest first.
    public var years: [Int] {
        DependencyLog.note(.years)
        return casesByYear.keys.compactMap { Int($0) }.sorted(by: >)
    }
    /// The document published under a reference code, if the site has it.
    public func document(withReference reference: String) -> SourceDocument? {
        let key = SiteIndex.normalize(reference: reference)
        DependencyLog.note(.document(reference: key))
        return documentByReference[key]
    }

    static func normalize(reference: String) -> String {
        // Most references are already normal (ASCII without lowercase letters, single spaces between words):
        // checking the bytes spares building a new string for each document of the site.
        var previous: UInt8 = 0x20
        let isNormal = reference.utf8.allSatisfy { byte in
            defer { previous = byte }
            return (0x21...0x60).contains(byte) || (0x7B...0x7E).contains(byte) || (byte == 0x20 && previous != 0x20)
        }
        if isNormal, previous != 0x20 { return reference }
        return reference.uppercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
