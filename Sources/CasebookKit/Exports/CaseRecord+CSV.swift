extension CaseRecord {
    /// The columns of `data/cases.csv`, one row per case; lists are joined with `; `.
    static let csvHeader = [
        "slug", "url", "title", "date", "updated", "country_code", "country", "place", "status", "reply_due", "defenders",
        "organizations", "violations", "mandates", "instruments", "instrument_urls", "articles", "documents", "document_urls", "summary",
    ]

    /// The case as a row of `data/cases.csv`, every cell escaped.
    var csvRow: [String] {
        let caseFile = self.caseFile
        let articles = instruments.flatMap { instrument in instrument.articles.map { "\(instrument.shownName) \($0)" } }
        return [
            caseFile.slug, url, caseFile.title, caseFile.date.iso, caseFile.updated?.iso ?? "", caseFile.country.value, countryName,
            caseFile.place ?? "", caseFile.status.rawValue, caseFile.replyDue?.iso ?? "", Self.list(defenders.map(\.name)),
            Self.list(organizations.map(\.name)), Self.list(caseFile.violations), Self.list(mandates.map(\.name)),
            Self.list(instruments.map(\.shownName)), Self.list(instruments.map(\.url)), Self.list(articles),
            Self.list(documents.map(\.document.label)), Self.list(documents.map(\.url)), caseFile.summary,
        ]
    }

    /// One row's cells, each escaped, without the line end.
    static func csvLine(_ cells: [String]) -> String { cells.map(Escaping.csvCell).joined(separator: ",") }

    private static func list(_ values: [String]) -> String { values.joined(separator: "; ") }
}
