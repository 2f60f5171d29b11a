import Foundation

/// The interface's words in one language, read from `templates/strings.yml` (the default language) or
/// `templates/strings.<tag>.yml` (each other language of the site): one file per language to translate.
public struct InterfaceStrings: Sendable {
    /// Key to text; templates read it as `{{t.key}}`.
    public let table: [String: String]
    /// The BCP 47 tag of the language the strings are written in.
    public let language: String

    /// `date_format` cut into literal text and `{day}`, `{month}`, `{year}` fields, once.
    private let datePieces: [DatePiece]
    private enum DatePiece: Sendable { case text(String), day, month, year }

    /// Wraps a table of strings written in `language`.
    public init(table: [String: String], language: String = "en") {
        self.table = table
        self.language = language
        var pieces: [DatePiece] = []
        var rest = Substring(table["date_format"] ?? "{day} {month} {year}")
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
            switch rest[rest.index(after: open)..<close] {
            case "day": pieces.append(.day)
            case "month": pieces.append(.month)
            case "year": pieces.append(.year)
            default: pieces.append(.text(String(rest[open...close])))
            }
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        datePieces = pieces
    }

    /// The keys the code itself needs, besides any the templates use.
    static let requiredKeys: [String] =
        (1...12).map { "month_\($0)" } + ["date_format"]
        + CaseFile.Status.allCases.map { labelKey("status", $0.rawValue) }
        + SourceDocument.Kind.allCases.map { labelKey("document_kind", $0.rawValue) }
        + Instrument.Kind.allCases.map { labelKey("instrument_kind", $0.rawValue) }
        + Defender.Situation.allCases.map { labelKey("situation", $0.rawValue) }
        + DocumentRelation.Kind.allCases.flatMap { [labelKey("relation", $0.rawValue), labelKey("relation_inverse", $0.rawValue)] }
        + ["withheld_defender", "nav_home", "nav_cases", "nav_defenders", "nav_countries", "nav_mandates", "nav_organizations", "nav_instruments"]
        + ["nav_search", "nav_years", "year_title", "facet_article_value", "page_title", "pager_position", "pager_latest"] + SearchFacet.allCases.map(\.labelKey)
        + ["case", "defender", "organization", "mandate", "instrument"].map { "kind_" + $0 }
        + pluralFamilies.map { $0 + "_other" } + ["citation_article_title", "map_caption", "map_range"]

    /// The plural families the code counts with: each language gives every form its language uses.
    static let pluralFamilies = ["search_result", "cases_count", "citations_count", "in_cases_count", "older_citations", "map_country"]

    /// The text for `key`, or the key itself when missing (never the case after validation).
    public subscript(key: String) -> String { table[key] ?? key }

    /// A date written out per `date_format`, e.g. `15 July 2021`.
    public func format(_ day: Day) -> String {
        datePieces.map { piece in
            switch piece {
            case .text(let text): text
            case .day: String(day.day)
            case .month: self["month_\(day.month)"]
            case .year: String(day.year)
            }
        }.joined()
    }

    /// `count` with the form of `family` its language uses for it, e.g. `cases_count` and 3 → "3 cases",
    /// "3 дела"; the number written as the language writes numbers.
    public func plural(_ family: String, _ count: Int, with values: [String: String] = [:]) -> String {
        let category = PluralRules.category(of: count, in: language)
        let text = table["\(family)_\(category.rawValue)"] ?? self["\(family)_other"]
        return text.filling(values.merging(["count": number(count)]) { _, count in count })
    }

    /// A whole number as the language writes it: `1,234`, `1 234`.
    public func number(_ count: Int) -> String { LocalizedNumbers.shared.text(count, in: language) }

    /// The forms of `family` the language uses, each with its category, for a page's script to choose from.
    func pluralForms(_ family: String) -> [(category: String, text: String)] {
        (PluralRules.categories(of: language) ?? [.other]).compactMap { category in
            table["\(family)_\(category.rawValue)"].map { (category.rawValue, $0) }
        }
    }

    /// The plural families of a table: the stems of its keys ending in `_other` (`cases_count` of
    /// `cases_count_one` and `cases_count_other`).
    static func pluralFamilies(in keys: some Sequence<String>) -> Set<String> {
        Set(keys.filter { $0.hasSuffix("_other") }.map { String($0.dropLast("_other".count)) })
    }

    /// The family and category of `key`, if it is the form of a plural family of `families`.
    static func pluralForm(_ key: String, families: Set<String>) -> (family: String, category: String)? {
        guard let underscore = key.lastIndex(of: "_") else { return nil }
        let family = String(key[..<underscore]), category = String(key[key.index(after: underscore)...])
        guard families.contains(family), PluralRules.Category(rawValue: category) != nil else { return nil }
        return (family, category)
    }

    /// The label of a vocabulary value, e.g. `status` + `reply-awaited` → "Reply awaited".
    public func label(_ group: String, _ value: String) -> LabelView {
        LabelView(key: value, label: self[Self.labelKey(group, value)])
    }

    static func labelKey(_ group: String, _ value: String) -> String {
        // Bytes, because the generic `replacing` was a hundredth of a build: every page and list item labels a status.
        group + "_" + String(decoding: value.utf8.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: "_") : $0 }, as: UTF8.self)
    }
}
