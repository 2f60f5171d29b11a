import Foundation

/// The data a site publishes besides its pages: `data/cases.json` and `.csv`, Atom feeds and `sitemap.xml`.
public struct SiteExports: Sendable {
    let context: RenderContext
    /// Every page's route, for the sitemap.
    let routes: [Route]

    /// Exports for the pages at `routes`.
    public init(context: RenderContext, routes: [Route]) {
        self.context = context
        self.routes = routes
    }

    /// The export files; the site's feed lists every case, each country's feed its own.
    public func files() -> [OutputFile] {
        let rows = rowParts().makeAll()
        let (json, csv) = (casesJSON(count: rows.count), casesCSV)
        return [
            OutputFile(path: json.path, contents: json.opening + json.rows(rows, after: 0) + json.closing),
            OutputFile(path: csv.path, contents: csv.opening + csv.rows(rows, after: 0) + csv.closing),
        ] + feedsAndSitemap()
    }

    /// One case's entry in `data/cases.json`, compact on a line of its own there, and its row of `data/cases.csv`.
    struct Row: Sendable, Equatable {
        var json: String
        var csv: String
    }

    /// Each case's row as a part, keyed as the case's pages are.
    func rowParts() -> [Part<Row>] {
        let (index, context) = (context.index, context)
        return index.cases.map { caseFile in
            Part(key: "case/" + caseFile.slug) {
                let record = CaseRecord(index.caseFile(caseFile.slug) ?? caseFile, context: context)
                return Row(json: record.json.serialized(depth: nil), csv: CaseRecord.csvLine(record.csvRow))
            }
        }
    }

    /// A file made of the cases' rows, in pieces: what comes before them, each block of rows, what comes after.
    struct RowFile {
        let path: String
        let opening: [UInt8], closing: [UInt8]
        /// What separates two rows, and what a row is.
        let separator: [UInt8], text: (Row) -> String

        /// The bytes of `rows`, which follow `written` rows already in the file.
        func rows(_ rows: some Sequence<Row>, after written: Int) -> [UInt8] {
            var bytes: [UInt8] = []
            for (offset, row) in rows.enumerated() {
                if written + offset > 0 { bytes += separator }
                bytes += text(row).utf8
            }
            return bytes
        }
    }

    /// `data/cases.json` of `count` rows: an object that names its generator and count, then lists the cases.
    func casesJSON(count: Int) -> RowFile {
        let cases: [JSONValue] = count == 0 ? [] : [.serialized("\u{0}"), .serialized("\u{0}")]
        let json = JSONValue.object([
            ("generator", .string("Casebook")), ("title", .string(context.index.config.title)), ("count", .number(count)),
            ("cases", .array(cases)),
        ])
        // Escaped JSON holds no NUL: the two stand-ins split the text into what goes before, between and after rows.
        let parts = (json.bytes(depth: 0) + [UInt8(ascii: "\n")]).split(separator: 0, omittingEmptySubsequences: false).map(Array.init)
        return RowFile(
            path: "data/cases.json", opening: parts[0], closing: parts.count == 3 ? parts[2] : [],
            separator: parts.count == 3 ? parts[1] : [], text: \.json)
    }

    /// `data/cases.csv`: a header row, then a row per case, with CRLF line ends (RFC 4180).
    var casesCSV: RowFile {
        RowFile(
            path: "data/cases.csv", opening: Array((CaseRecord.csvLine(CaseRecord.csvHeader) + "\r\n").utf8), closing: [], separator: [],
            text: { $0.csv + "\r\n" })
    }

    /// The feeds and the sitemap: the site's feed lists every case, each country's feed its own.
    func feedsAndSitemap() -> [OutputFile] {
        let index = context.index
        let feeds: [(title: String, page: Route, cases: [CaseFile])] =
            [(index.config.title, .home, index.cases)]
            + index.countries.map { ("\($0.name) — \(index.config.title)", .country($0.code), index.cases(.country($0.code))) }
        var files = feeds.parallelMap(counted: false) { feed(title: $0.title, page: $0.page, cases: $0.cases) }
        // One sitemap lists the pages of every language.
        if context.hasBaseURL, index.config.language == index.config.defaultLanguage {
            files += Sitemap(routes: routes, context: context).files(siteURL: context.url(.home))
        }
        return files
    }

    /// What the exports could not do as a reader would expect.
    public var warnings: [Diagnostic] {
        guard !context.hasBaseURL else { return [] }
        return [.warning(.noBaseURL, at: SourceLocation(path: "casebook.yml"))]
    }

    private func feed(title: String, page: Route, cases: [CaseFile]) -> OutputFile {
        let path = page.path + "feed.xml"
        let xml = AtomFeed(title: title, selfURL: (context.index.config.baseURL ?? "/") + path, pageURL: context.url(page), cases: cases)
            .xml(context: context)
        return OutputFile(path: path, contents: Array(xml.utf8))
    }
}
