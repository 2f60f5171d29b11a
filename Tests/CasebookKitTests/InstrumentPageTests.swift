import Foundation
import Testing
@testable import CasebookKit

/// What an instrument page shows of the citations of it: per article, newest first, counted, capped.
@Suite("Instrument pages")
struct InstrumentPageTests {
    /// Thirty cases, one a month from January 2019, each citing article 9 of the ICCPR once.
    static func linkedSite() -> LinkedSite {
        let cases = (0..<30).map { index -> CaseFile in
            var caseFile = Make.caseFile(String(format: "case-%02d", index), date: Day(ordinal: Day(iso: "2019-01-01")!.ordinal + 31 * index).iso)
            caseFile.body = MarkdownText("The detention breached article 9 of the ICCPR.\n", start: Make.at("content/cases/x/index.md", 8))
            return caseFile
        }
        let content = ContentSet(cases: cases, instruments: ScannerCatalog.instruments)
        return LinkedSite(SiteIndex.build(from: content).index)
    }

    @Test("each article counts every citation and lists the newest, at most the cap")
    func cappedNewestFirst() throws {
        let linked = Self.linkedSite()
        let templates = try #require(TemplateSet.load(from: TestSupport.validTemplates(), displayPath: { $0.path }).0)
        let context = RenderContext(linked: linked, strings: templates.strings)
        let instrument = try #require(linked.index.instruments.first { $0.slug == "iccpr" })
        let page = try #require(InstrumentPage.model(instrument, context: context).values as? InstrumentPage)
        let article = try #require(page.articles.first { $0.number == "9" })
        #expect(article.citationCount == 30)
        #expect(article.citations.count == InstrumentPage.listed)
        #expect(article.unlistedCount == 30 - InstrumentPage.listed)
        #expect(article.citations.first?.sourceTitle == "Case case-29")
        #expect(article.citations.map(\.date.iso) == article.citations.map(\.date.iso).sorted(by: >))
        #expect(article.citations.first?.sentence == "The detention breached article 9 of the ICCPR.")
        #expect(page.citationCount == 30)
        #expect(page.caseCount == 30)
        #expect(page.articles.first { $0.number == "19" }?.citationCount == 0)
    }
}
