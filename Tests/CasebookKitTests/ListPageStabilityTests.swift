import Foundation
import Testing
@testable import CasebookKit

/// Archive pages are numbered from the oldest, so adding or removing a case rewrites few files: the
/// front pages of its lists, at most one archive page of each, and what counts or names it.
@Suite("List pages that stay put", .serialized)
struct ListPageStabilityTests {
    /// A copy of the paged fixture (five cases, two to a page) built once incrementally.
    struct Site {
        let root: URL
        var builder: IncrementalBuilder
        var content: URL { root.appendingPathComponent("content") }

        init() throws {
            root = try TestSupport.temporaryFolder("casebook-lists")
            let fixture = TestSupport.repository.appendingPathComponent("Tests/CasebookKitTests/Fixtures/sites/paged")
            for name in ["content", "casebook.yml"] {
                try FileManager.default.copyItem(at: fixture.appendingPathComponent(name), to: root.appendingPathComponent(name))
            }
            var options = IncrementalBuildTests.options(root, output: "site")
            options.templates = try TestSupport.validTemplates()
            builder = IncrementalBuilder(options: options)
            _ = try builder.build()
        }

        /// The files an incremental build after `change` adds, removes or rewrites, checked against a full build.
        mutating func changed(by change: (URL) throws -> Void) throws -> (paths: Set<String>, before: [String: Data], after: [String: Data]) {
            let before = try SiteFiles(root.appendingPathComponent("site")).files
            try change(content)
            _ = try builder.build()
            let after = try SiteFiles(root.appendingPathComponent("site")).files
            var options = builder.options
            options.output = root.appendingPathComponent("full")
            _ = try SiteBuilder(options: options).build()
            #expect(try SiteFiles(options.output).files == after, "the incremental build equals a full build")
            let paths = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }
            return (paths, before, after)
        }
    }

    static let sixth = """
        ---
        title: "Sixth case"
        summary: "Summary of Sixth case."
        country: KGZ
        date: 2021-09-10
        status: ongoing
        defenders: [a-defender]
        organizations: [an-ngo]
        violations: [arbitrary detention]
        ---

        The case of Sixth case concerns article 19 of the ICCPR.
        """

    /// What any new or removed case changes besides list pages: its own pages, the site's counts, feeds,
    /// exports and the search index.
    static let everyChange: Set<String> = [
        "index.html", "feed.xml", "sitemap.xml", "data/cases.json", "data/cases.csv",
        "defenders/index.html", "organizations/index.html", "countries/index.html", "years/index.html",
        "instruments/index.html", "instruments/iccpr/index.html",
        "search/index.json", "search/facets.json", "search/labels/kind/0.json", "search/labels/country/0.json",
        "search/labels/year/0.json", "search/labels/defender/0.json", "search/labels/organization/0.json",
        "search/labels/violation/0.json", "search/labels/instrument/0.json", "search/labels/article/0.json",
        "search/meta/0.json", "search/docs/0.json",
    ]

    @Test("adding a newest case leaves every full archive page byte for byte, and rewrites only the front pages and one new archive page per list")
    func addingNewestCase() throws {
        var site = try Site()
        let (paths, before, after) = try site.changed { try TestSupport.write(Self.sixth, to: "cases/sixth/index.md", in: $0) }
        for page in ["cases/page/1/", "cases/page/2/", "defenders/a-defender/page/1/", "defenders/a-defender/page/2/",
                     "organizations/an-ngo/page/1/", "organizations/an-ngo/page/2/"] {
            #expect(before[page + "index.html"] != nil && before[page + "index.html"] == after[page + "index.html"], "\(page) stays as it was")
        }
        let lists: Set<String> = [
            "cases/index.html", "cases/page/3/index.html", "years/2021/index.html", "years/2021/page/1/index.html",
            "countries/kgz/index.html", "countries/kgz/feed.xml", "countries/kgz/page/1/index.html",
            "defenders/a-defender/index.html", "defenders/a-defender/page/3/index.html",
            "organizations/an-ngo/index.html", "organizations/an-ngo/page/3/index.html",
        ]
        let own: Set<String> = ["cases/sixth/index.html", "search/text/cases.sixth.txt"]
        Self.expect(paths, are: lists.union(own))
    }

    @Test("removing a case rewrites the pages of its lists from its place on, and at most one page before, whose newer page is the front page again")
    func removingCase() throws {
        var site = try Site()
        let (paths, _, _) = try site.changed { try FileManager.default.removeItem(at: $0.appendingPathComponent("cases/fourth")) }
        // Four cases two to a page: the front page shows all that is newer than page 1, which links to it again.
        let pageOnes = Set(["cases", "defenders/a-defender", "organizations/an-ngo", "mandates/sr-hrd"].map { $0 + "/page/1/index.html" })
        let lists: Set<String> = pageOnes.union([
            "cases/index.html", "cases/page/2/index.html", "years/2021/index.html",
            "countries/kaz/index.html", "countries/kaz/feed.xml", "countries/kaz/page/1/index.html",
            "defenders/a-defender/index.html", "defenders/a-defender/page/2/index.html",
            "organizations/an-ngo/index.html", "organizations/an-ngo/page/2/index.html",
            "mandates/sr-hrd/index.html", "mandates/sr-hrd/page/2/index.html", "mandates/index.html",
        ])
        let own: Set<String> = [
            "cases/fourth/index.html", "cases/fourth/al-3/index.html", "cases/fourth/al-4/index.html", "cases/fourth/al-5/index.html",
            "search/text/cases.fourth.txt", "search/text/cases.fourth.al-3.txt", "search/text/cases.fourth.al-4.txt",
            "search/text/cases.fourth.al-5.txt", "search/labels/mandate/0.json", "search/labels/issuer/0.json",
        ]
        Self.expect(paths, are: lists.union(own))
    }

    /// Checks that `paths`, term shards aside, are `expected` and `everyChange`, naming the difference.
    static func expect(_ paths: Set<String>, are expected: Set<String>, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let changed = paths.filter { !$0.hasPrefix("search/terms/") }, wanted = expected.union(everyChange)
        #expect(changed.subtracting(wanted).sorted() == [], "changed, not expected", sourceLocation: sourceLocation)
        #expect(wanted.subtracting(changed).sorted() == [], "expected, not changed", sourceLocation: sourceLocation)
    }
}
