import Foundation

/// Names of countries and languages in a language, from CLDR through Foundation, each looked up once.
final class LocalizedNames: @unchecked Sendable {
    static let shared = LocalizedNames()

    private let lock = NSLock()
    private var countries: [String: [String: String?]] = [:]
    private var languages: [String: [String: String?]] = [:]

    /// The name of the country with the ISO alpha-3 `code` in `language`, if CLDR has one.
    func country(_ code: String, in language: String) -> String? {
        cached(&countries, code, in: language) {
            Self.alpha2[code].flatMap { Locale(identifier: language).localizedString(forRegionCode: $0) }
        }
    }

    /// The name of `tag`'s language in `language`, e.g. "английский" for `en` in `ru`, if CLDR has one.
    func language(_ tag: String, in language: String) -> String? {
        cached(&languages, tag, in: language) {
            Locale(identifier: language).localizedString(forIdentifier: tag)
                ?? Locale(identifier: language).localizedString(forLanguageCode: tag)
        }
    }

    private func cached(_ table: inout [String: [String: String?]], _ key: String, in language: String, make: () -> String?) -> String? {
        lock.lock()
        defer { lock.unlock() }
        if let known = table[language]?[key] { return known }
        let name = make()
        table[language, default: [:]][key] = .some(name)
        return name
    }

    /// Alpha-3 to alpha-2 codes, which CLDR names regions by.
    private static let alpha2: [String: String] = Dictionary(
        CountryTable.alpha2.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
}
