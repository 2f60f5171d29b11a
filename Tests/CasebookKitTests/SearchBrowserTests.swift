import Foundation
import Testing
@testable import CasebookKit

/// The search page in headless Chromium (`Tests/Browser/search.py`): name variants and misspellings,
/// prefixes, every filter with its counts checked against the index files, the URL state, reloading a
/// shared URL, back and forward, paging, following a result, and no request outside the site.
@Suite("Search in a real browser", .serialized,
       .enabled(if: BrowserTools.installed, "needs chromium and chromedriver: run scripts/setup-checkers"))
struct SearchBrowserTests {
    @Test("the shipped site: Sekerbaeva, sekerbayeva and Serzzhan find the case and the profiles; filters, URL state, history")
    func shippedSite() throws {
        let site = try AccessibilityTests.build(root: TestSupport.repository, label: "casebook-search")
        let result = try AccessibilityTests.script("search.py", [site.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("all search checks passed"), "\(result.stdout)")
    }

    @Test("a generated corpus of 2,000 cases: names, misspellings, filters with counts, paging, sorting",
          .timeLimit(.minutes(30)))
    func generatedCorpus() throws {
        let root = try TestSupport.temporaryFolder("casebook-search-corpus").appendingPathComponent("project")
        let generator = TestSupport.repository.appendingPathComponent("benchmarks/generate-corpus.py")
        let generated = try TestSupport.run(command: "python3", [generator.path, "2000", root.path])
        try #require(generated.status == 0, "\(generated.stdout)\(generated.stderr)")
        let site = try AccessibilityTests.build(root: root, label: "casebook-search-corpus-site")
        let result = try AccessibilityTests.script("search.py", [site.path, "--corpus"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("all search checks passed"), "\(result.stdout)")
    }
}
