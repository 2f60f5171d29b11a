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
    public func files() -> [OutputFile] { files(rows: rowParts().makeAll()) }

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

    /// The export files, with the cases' `rows` in index order.
    func files(rows: [Row]) -> [OutputFile] {
        let index = context.index
        let json = JSONValue.object([
            ("generator", .string("Casebook")), ("title", .string(index.config.title)), ("count", .number(rows.count)),
            ("cases", .array(rows.map { .serialized($0.json) })),
        ])
        var casesJSON = json.bytes(depth: 0)
        casesJSON.append(UInt8(ascii: "\n"))
        var files = [
            OutputFile(path: "data/cases.json", contents: casesJSON),
            OutputFile(path: "data/cases.csv", contents: CaseRecord.csv(rows.map(\.csv))),
        ]
        let feeds: [(title: String, page: Route, cases: [CaseFile])] =
            [(index.config.title, .home, index.cases)]
            + index.countries.map { ("\($0.name) — \(index.config.title)", .country($0.code), index.cases(.country($0.code))) }
        files += feeds.parallelMap(counted: false) { feed(title: $0.title, page: $0.page, cases: $0.cases) }
        // One sitemap lists the pages of every language.
        if context.hasBaseURL, index.config.language == index.config.defaultLanguage {
            files.append(OutputFile(path: "sitemap.xml", contents: Array(Sitemap(routes: routes, context: context).xml.utf8)))
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
