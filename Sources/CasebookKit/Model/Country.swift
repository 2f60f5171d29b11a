/// A country, identified by its ISO 3166-1 alpha-3 code; pages exist only for countries with cases.
public struct Country: Sendable, Hashable, Comparable {
    /// Upper-case alpha-3 code, e.g. `KAZ`.
    public var code: String
    /// Short name in the language it was made for, e.g. `Kazakhstan`, `Казахстан`.
    public var name: String

    /// The country with this code, if the code is a known ISO 3166-1 alpha-3 code, named in `language`.
    public init?(code: String, language: String = "en") {
        guard CountryTable.names[code] != nil else { return nil }
        self.code = code
        self.name = Self.name(of: code, in: language)
    }

    /// The name of the country with `code` in `language`: the ISO short name in English, CLDR's name in
    /// other languages (through Foundation), the English name where CLDR has none; the code itself when unknown.
    public static func name(of code: String, in language: String) -> String {
        guard let english = CountryTable.names[code] else { return code }
        guard LanguageTag.primary(of: language) != "en" else { return english }
        return LocalizedNames.shared.country(code, in: language) ?? english
    }

    /// The lower-case code used in URLs: `/countries/kaz/`.
    public var slug: String { code.lowercased() }

    /// Every known code, for suggestions.
    static var allCodes: Dictionary<String, String>.Keys { CountryTable.names.keys }

    public static func < (lhs: Country, rhs: Country) -> Bool { (lhs.name, lhs.code) < (rhs.name, rhs.code) }
}
