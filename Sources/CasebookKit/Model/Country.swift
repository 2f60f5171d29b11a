/// A country, identified by its ISO 3166-1 alpha-3 code; pages exist only for countries with cases.
public struct Country: Sendable, Hashable, Comparable {
    /// Upper-case alpha-3 code, e.g. `KAZ`.
    public var code: String
    /// English short name, e.g. `Kazakhstan`.
    public var name: String

    /// The country with this code, if the code is a known ISO 3166-1 alpha-3 code.
    public init?(code: String) {
        guard let name = CountryTable.names[code] else { return nil }
        self.code = code
        self.name = name
    }

    /// The lower-case code used in URLs: `/countries/kaz/`.
    public var slug: String { code.lowercased() }

    /// Every known code, for suggestions.
    static var allCodes: Dictionary<String, String>.Keys { CountryTable.names.keys }

    public static func < (lhs: Country, rhs: Country) -> Bool { (lhs.name, lhs.code) < (rhs.name, rhs.code) }
}
