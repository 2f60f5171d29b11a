import Foundation

/// The interface's words, read from `templates/strings.yml`: one file to translate.
public struct InterfaceStrings: Sendable {
    /// Key to text; templates read it as `{{t.key}}`.
    public let table: [String: String]

    /// `date_format` cut into literal text and `{day}`, `{month}`, `{year}` fields, once.
    private let datePieces: [DatePiece]
    private enum DatePiece: Sendable { case text(String), day, month, year }

    /// Wraps a table of strings.
    public init(table: [String: String]) {
        self.table = table
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
        + ["map_caption", "map_country_one", "map_country_other", "map_range"]

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

    /// The label of a vocabulary value, e.g. `status` + `reply-awaited` → "Reply awaited".
    public func label(_ group: String, _ value: String) -> LabelView {
        LabelView(key: value, label: self[Self.labelKey(group, value)])
    }

    static func labelKey(_ group: String, _ value: String) -> String {
        // Bytes, because the generic `replacing` was a hundredth of a build: every page and list item labels a status.
        group + "_" + String(decoding: value.utf8.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: "_") : $0 }, as: UTF8.self)
    }
}
