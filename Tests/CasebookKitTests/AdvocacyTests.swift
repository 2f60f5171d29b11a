import Foundation
import Testing
@testable import CasebookKit

/// What a reader acts on: the ready letter, `mailto:` links, the thread of documents, share links and metadata.
@Suite("Advocacy on case and document pages")
struct AdvocacyTests {
    static let casePath = "cases/\(EndToEndTests.caseSlug)/index.html"

    @Test("the case page offers the letter, with the actions requested, to copy or to email to each address")
    func letter() throws {
        let page = try #require(try EndToEndTests.built.get().page(Self.casePath))
        #expect(page.contains("<textarea class=\"letter\" id=\"letter\" readonly"))
        #expect(page.contains("I am writing to express my deep concern about the case of Gulzada Serzhan and Zhanar Sekerbayeva in Kazakhstan."))
        #expect(page.contains("- Guarantee in all circumstances the physical integrity"))
        #expect(page.contains("href=\"mailto:kanc@adilet.gov.kz?subject=Attack%20on%20and%20arbitrary%20detention"))
        #expect(page.contains("href=\"mailto:Kense@mvd.kz,kanc@adilet.gov.kz,mission@kazakhstan-geneva.ch,kazakhstan.embassy@swing.be?subject="))
        let story = try #require(page.range(of: "class=\"lead\""))
        let action = try #require(page.range(of: "class=\"take-action\""))
        let documents = try #require(page.range(of: "class=\"documents-section\""))
        #expect(story.lowerBound < action.lowerBound && action.lowerBound < documents.lowerBound, "the story comes before the documents")
    }

    @Test("a mailto link keeps every value inside its own part")
    func mailtoEncoding() {
        let href = MailtoLink.href(["a@b.org?cc=x@y.org", "c@d.org"], subject: "A & B", body: "line 1\nline=2&x")
        #expect(href == "mailto:a@b.org%3Fcc%3Dx@y.org,c@d.org?subject=A%20%26%20B&body=line%201%0Aline%3D2%26x")
    }

    @Test("documents of a case thread in date order: each links to the one before and after it")
    func thread() throws {
        let site = try EndToEndTests.built.get()
        let appeal = try #require(site.page("cases/\(EndToEndTests.caseSlug)/obs-kaz-002-0621-obs-065/index.html"))
        let letter = try #require(site.page("cases/\(EndToEndTests.caseSlug)/al-kaz-4-2021/index.html"))
        #expect(appeal.contains("A later document in this case: <a href=\"../../../cases/\(EndToEndTests.caseSlug)/al-kaz-4-2021/index.html\">AL KAZ 4/2021</a>"))
        #expect(letter.contains("An earlier document in this case: <a href=\"../../../cases/\(EndToEndTests.caseSlug)/obs-kaz-002-0621-obs-065/index.html\">"))
        #expect(!appeal.contains("An earlier document"))
        let casePage = try #require(site.page(Self.casePath))
        let first = try #require(casePage.range(of: "class=\"doc-summary-title\" href=\"../../cases/\(EndToEndTests.caseSlug)/obs-kaz-002-0621-obs-065/"))
        let second = try #require(casePage.range(of: "class=\"doc-summary-title\" href=\"../../cases/\(EndToEndTests.caseSlug)/al-kaz-4-2021/"))
        #expect(first.lowerBound < second.lowerBound, "the case lists its documents oldest first")
    }

    @Test("share links are plain links carrying the encoded address, and pages carry Open Graph metadata")
    func sharing() throws {
        let page = try #require(try EndToEndTests.built.get().page(Self.casePath))
        let url = "https%3A%2F%2Fcasebook.example.org%2Fcases%2F\(EndToEndTests.caseSlug)%2F"
        #expect(page.contains("href=\"https://www.facebook.com/sharer/sharer.php?u=\(url)\" rel=\"noopener noreferrer\""))
        #expect(page.contains("<meta property=\"og:type\" content=\"article\">"))
        #expect(page.contains("<meta property=\"og:url\" content=\"https://casebook.example.org/cases/\(EndToEndTests.caseSlug)/\">"))
        #expect(page.contains("<meta name=\"twitter:card\" content=\"summary\">"))
        #expect(!page.contains("<script src=\"http"), "no third-party script")
    }
}

/// What a reader sees first: the state of the case in today's terms, and the ask before the story.
@Suite("The reader's first screen")
struct FirstScreenTests {
    /// The shipped case page built as of `now`.
    static func casePage(now: String, editing edit: ((inout String) -> Void)? = nil) throws -> String {
        let root = try TestSupport.temporaryFolder("casebook-first-screen")
        try FileManager.default.copyItem(at: TestSupport.repository.appendingPathComponent("content"), to: root.appendingPathComponent("content"))
        try FileManager.default.copyItem(at: TestSupport.repository.appendingPathComponent("casebook.yml"), to: root.appendingPathComponent("casebook.yml"))
        let file = root.appendingPathComponent("content/cases/\(EndToEndTests.caseSlug)/index.md")
        var text = try String(contentsOf: file, encoding: .utf8)
        edit?(&text)
        try text.write(to: file, atomically: true, encoding: .utf8)
        var options = BuildOptions(root: root, templates: try TestSupport.validTemplates(), output: root.appendingPathComponent("site"))
        options.publication = Publication(now: try #require(Day(iso: now)))
        _ = try SiteBuilder(options: options).build()
        return try #require(try SiteFiles(root.appendingPathComponent("site")).page(AdvocacyTests.casePath))
    }

    @Test("a reply awaited past its due date reads 'Reply overdue since', not 'Reply due by'")
    func overdueReply() throws {
        let before = try Self.casePage(now: "2021-09-13")
        #expect(before.contains("<span class=\"reply-due\">Reply due by <time datetime=\"2021-09-13\">13 September 2021</time></span>"))
        #expect(!before.contains("reply-overdue"))
        let after = try Self.casePage(now: "2021-09-14")
        #expect(after.contains("<span class=\"reply-overdue\">Reply overdue since <time datetime=\"2021-09-13\">13 September 2021</time></span>"))
        #expect(!after.contains("Reply due by"))
        let answered = try Self.casePage(now: "2021-09-14") { $0 = $0.replacingOccurrences(of: "status: reply-awaited", with: "status: reply-received") }
        #expect(!answered.contains("reply-overdue") && answered.contains("Reply due by"))
    }

    @Test("under the title: the status, the first action asked and links to all actions, the letter and the documents")
    func askAtTheTop() throws {
        let page = try Self.casePage(now: "2026-12-01")
        let title = try #require(page.range(of: "</h1>"))
        let ask = try #require(page.range(of: "<div class=\"ask\">"))
        let story = try #require(page.range(of: "class=\"lead\""))
        #expect(title.upperBound < ask.lowerBound && ask.upperBound < story.lowerBound)
        #expect(page.contains("Guarantee in all circumstances the physical integrity and psychological well-being of Gulzada Serzhan"))
        for target in ["take-action", "letter-heading", "documents"] {
            #expect(page.contains("<a href=\"#\(target)\">") && page.contains("id=\"\(target)\""), "\(target)")
        }
    }

    @Test("a historic case asks nothing under its title, and says it is historic")
    func historicCase() throws {
        let page = try Self.casePage(now: "2026-12-01") { $0 = $0.replacingOccurrences(of: "status: reply-awaited", with: "status: historic") }
        #expect(page.contains("<span class=\"status status-historic\">Historic</span>"))
        #expect(!page.contains("<div class=\"ask\">") && !page.contains("reply-overdue"))
        #expect(page.contains("<a href=\"#documents\">Source documents</a>"))
    }

    @Test("a document with a source_url links to its original first, naming the site it leads to")
    func originalFirst() throws {
        let site = try ExportsTests.build()
        let page = try #require(site.page("cases/first-case/letter/index.html"))
        let original = try #require(page.range(of: "<p class=\"original\"><a href=\"https://example.org/letter.pdf\">Read the original document</a> <span class=\"url\">example.org</span></p>"))
        let facts = try #require(page.range(of: "<dl class=\"facts\">"))
        #expect(original.upperBound < facts.lowerBound)
    }
}

/// A defender's situation and nationality: on the profile and beside the name on every case page.
@Suite("Defender situation")
struct DefenderSituationTests {
    @Test("the situation, with the day it was last reviewed, heads the profile and follows the name on the case page")
    func shown() throws {
        let site = try EndToEndTests.built.get()
        let profile = try #require(site.page("defenders/zhanar-sekerbayeva/index.html"))
        let situation = "<span class=\"situation-status situation-released\">Released</span> <span class=\"situation-reviewed\">as of <time datetime=\"2021-07-15\">15 July 2021</time></span>"
        #expect(profile.contains("<p class=\"situation\">" + situation + "</p>"))
        #expect(profile.contains("<dt>Works in</dt>"))
        let casePage = try #require(site.page(AdvocacyTests.casePath))
        #expect(casePage.contains(">Zhanar Sekerbayeva</a> <span class=\"situation\">" + situation + "</span></dd>"))
    }

    @Test("a situation without the day it was reviewed is an error")
    func reviewedAndWithheld() throws {
        let source = SourceFile(path: "content/defenders/x.md", text: "---\nname: \"Aigerim Nurlanovna\"\nsituation: detained\nnationality: KAZ\n---\n")
        let parsed = ContentFileParser(defaultLanguage: "en").parse(source, as: try #require(ContentPath(components: ["defenders", "x.md"])))
        #expect(parsed.diagnostics.map(\.description) == ["content/defenders/x.md:1:1: error: missing required key 'situation_reviewed'"])
    }
}

/// Cases per year as a chart drawn at build time, with its table.
@Suite("Year chart")
struct YearChartTests {
    @Test("every year from the first to the last has a bar, empty years included, scaled to the busiest")
    func bars() throws {
        let chart = try #require(YearChart([YearCount(year: 2019, count: 4), YearCount(year: 2021, count: 1)], caption: "c"))
        #expect(chart.bars.map(\.year) == [2019, 2020, 2021])
        #expect(chart.bars.map(\.height) == [YearChart.plotHeight, 0, YearChart.plotHeight / 4])
        #expect(chart.bars.allSatisfy { $0.y + $0.height == YearChart.plotHeight })
        #expect(chart.width == YearChart.gap + 3 * (YearChart.barWidth + YearChart.gap))
        #expect(YearChart([YearCount(year: 2021, count: 3)], caption: "c") == nil, "one year is no chart")
    }

    @Test("a list's front page draws its chart, labelled, with the same figures as a table; its archive pages do not")
    func onFrontPagesOnly() throws {
        let root = TestSupport.repository.appendingPathComponent("Tests/CasebookKitTests/Fixtures/sites/paged")
        let output = try TestSupport.temporaryFolder("casebook-chart").appendingPathComponent("site")
        _ = try SiteBuilder(options: BuildOptions(root: root, templates: try TestSupport.validTemplates(), output: output)).build()
        let site = try SiteFiles(output)
        let front = try #require(site.page("defenders/a-defender/index.html"))
        #expect(front.contains("<svg viewBox=\"0 0 80 138\" width=\"80\" height=\"138\" role=\"img\" aria-labelledby=\"year-chart-caption\""))
        #expect(front.contains("<tr><th scope=\"row\">2020</th><td>3</td></tr>"))
        let archive = try #require(site.page("defenders/a-defender/page/1/index.html"))
        #expect(!archive.contains("year-chart"))
    }
}
