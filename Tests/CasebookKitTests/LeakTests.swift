import Foundation
import Testing
@testable import CasebookKit

/// A fixture with a sentinel in every private field, protected name, embargoed and draft item:
/// after a build, no output byte and no file name may contain one.
@Suite("Nothing private, protected, embargoed or draft is published")
struct LeakTests {
    static let fixture = TestSupport.repository.appendingPathComponent("Tests/CasebookKitTests/Fixtures/leak")
    /// Words that stand only in what must never be published, in any build.
    static let alwaysSecret = ["sentinel-private", "sentinel-withheld", "sentinelwithheld", "sentinelvariant", "sentinelpseudo", "qwerty", "realname", "othername"]
    /// Words that stand only in drafts and embargoed content.
    static let previewOnly = ["sentinel-draft", "sentinel-embargo"]

    static func build(drafts: Bool) throws -> SiteFiles {
        let output = try TestSupport.temporaryFolder("casebook-leak").appendingPathComponent("site")
        var options = BuildOptions(root: fixture, templates: try TestSupport.validTemplates(), output: output)
        options.publication = Publication(now: Day(iso: "2026-01-01")!, includeDrafts: drafts)
        _ = try SiteBuilder(options: options).build()
        return try SiteFiles(output)
    }

    /// Every (file, word) where a word occurs in a file's path or bytes, case-insensitively.
    static func occurrences(of words: [String], in site: SiteFiles) -> [String] {
        site.files.flatMap { path, data in
            let text = (path + "\n" + String(decoding: data, as: UTF8.self)).lowercased()
            return words.filter { text.contains($0) }.map { "\(path): \($0)" }
        }.sorted()
    }

    @Test("a normal build publishes no sentinel at all")
    func normalBuild() throws {
        let site = try Self.build(drafts: false)
        #expect(Self.occurrences(of: Self.alwaysSecret + Self.previewOnly + ["sentinel"], in: site) == [])
        #expect(site.files["countries/fra/index.html"] == nil, "a country whose only case is embargoed has no page")
        #expect(site.files["countries/bra/index.html"] == nil, "a country whose only case is a draft has no page")
        #expect(site.files["defenders/ana-p/index.html"] != nil, "a pseudonymous profile lives at its pseudonym")
        #expect(site.page("cases/public-case/index.html")?.contains("a woman human rights defender") == true)
        let iccpr = try #require(site.page("instruments/iccpr/index.html"))
        #expect(iccpr.contains("<dd>1 citation in 1 case</dd>"), "embargoed and draft citations are not counted")
        #expect(site.page("index.html")?.contains("Sentinel") == false)
    }

    @Test("a --drafts preview shows drafts and embargoed content, but never private fields or protected names")
    func draftsPreview() throws {
        let site = try Self.build(drafts: true)
        #expect(Self.occurrences(of: Self.alwaysSecret, in: site) == [])
        #expect(!Self.occurrences(of: Self.previewOnly, in: site).isEmpty, "the fixture's drafts are really built")
    }

    @Test("the embargo lifts the day after publish_after")
    func embargoDate() {
        let publication = Publication(now: Day(iso: "2099-01-01")!)
        #expect(!publication.allows(draft: false, publishAfter: Day(iso: "2099-01-01")))
        #expect(Publication(now: Day(iso: "2099-01-02")!).allows(draft: false, publishAfter: Day(iso: "2099-01-01")))
        #expect(!Publication(now: Day(iso: "2099-01-02")!).allows(draft: true, publishAfter: nil))
    }
}

@Suite("Defender URLs")
struct DefenderURLTests {
    @Test("a pseudonym whose URL is another defender's is a duplicate, reported at the later file")
    func pseudonymCollision() {
        var pseudonymous = Make.defender("real-name-file", path: "content/defenders/real-name-file.md")
        pseudonymous.visibility = .pseudonymous
        pseudonymous.pseudonym = "Ana"
        let ana = Make.defender("ana", path: "content/defenders/ana.md")
        let (index, diagnostics) = SiteIndex.build(from: ContentSet(defenders: [ana, pseudonymous]))
        #expect(diagnostics.map(\.description) == [
            "content/defenders/real-name-file.md:1:1: error: duplicate defender URL 'ana'; first defined at content/defenders/ana.md:1:1",
        ])
        #expect(index.defenders.map(\.slug) == ["ana"])
    }
}
