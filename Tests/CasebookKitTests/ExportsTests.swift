import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import CasebookKit

/// The data a journalist downloads: `data/cases.json` and `.csv`, the Atom feeds and the sitemap.
@Suite("Data exports, feeds and sitemap")
struct ExportsTests {
    static let fixture = TestSupport.repository.appendingPathComponent("Tests/CasebookKitTests/Fixtures/sites/two-countries")

    static func build(root: URL = fixture) throws -> SiteFiles {
        let output = try TestSupport.temporaryFolder("casebook-exports").appendingPathComponent("site")
        _ = try SiteBuilder(options: BuildOptions(root: root, templates: TestSupport.validTemplates(), output: output)).build()
        return try SiteFiles(output)
    }

    @Test("cases.json holds one object per case, newest first, with its people, documents and citations")
    func casesJSON() throws {
        let site = try Self.build()
        let data = try #require(site.files["data/cases.json"])
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let cases = try #require(json["cases"] as? [[String: Any]])
        #expect(json["count"] as? Int == 2)
        #expect(cases.map { $0["slug"] as? String } == ["second-case", "first-case"])
        let first = cases[1]
        #expect(first["title"] as? String == "Detention of A. Defender <script>alert(1)</script>")
        #expect(first["url"] as? String == "https://cases.example.org/sub/path/cases/first-case/")
        #expect((first["country"] as? [String: String]) == ["code": "KAZ", "name": "Kazakhstan"])
        #expect((first["defenders"] as? [[String: String]])?.first?["name"] == "A. Defender")
        #expect((first["documents"] as? [[String: Any]])?.first?["reference"] as? String == "AL KAZ 1/2020")
        #expect((first["authorities"] as? [[String: Any]])?.first?["email"] as? String == "minister@example.org")
        #expect(!String(decoding: data, as: UTF8.self).contains("<script>"), "angle brackets are escaped, so the file is safe to inline")
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("    {\"slug\":") }.count == 2, "each case is compact, on a line of its own")
    }

    @Test("the exports list every cited instrument with its address, UN documents the library lacks included")
    func everyCitedInstrument() throws {
        let site = try Self.build()
        let data = try #require(site.files["data/cases.json"])
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let first = try #require((json["cases"] as? [[String: Any]])?.first { $0["slug"] as? String == "first-case" })
        let instruments = try #require(first["instruments"] as? [[String: Any]])
        #expect(instruments.map { $0["url"] as? String } == [
            "https://cases.example.org/sub/path/instruments/iccpr/", "https://undocs.org/A/HRC/23/50",
        ])
        #expect(instruments[1]["slug"] is NSNull && instruments[1]["symbol"] as? String == "A/HRC/23/50")
        let csv = try #require(site.page("data/cases.csv")).components(separatedBy: "\r\n")
        let urls = try #require(CaseRecord.csvHeader.firstIndex(of: "instrument_urls"))
        #expect(csv[2].contains("ICCPR; A/HRC/23/50,https://cases.example.org/sub/path/instruments/iccpr/; https://undocs.org/A/HRC/23/50,"))
        #expect(urls == CaseRecord.csvHeader.firstIndex(of: "instruments")! + 1)
    }

    @Test("cases.csv has a header and one row per case, cells escaped against spreadsheet formulas")
    func casesCSV() throws {
        let csv = try #require(try Self.build().page("data/cases.csv"))
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 3)
        #expect(lines[0] == CaseRecord.csvHeader.joined(separator: ","))
        #expect(lines[2].hasPrefix("first-case,https://cases.example.org/sub/path/cases/first-case/,"))
        #expect(lines[2].contains("\"A defender was detained on 1 March 2020 & released \"\"the next day\"\".\""))
        #expect(Escaping.csvCell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
    }

    @Test("the site feed and each country's feed are well-formed Atom with absolute links")
    func feeds() throws {
        let site = try Self.build()
        for path in ["feed.xml", "countries/kaz/feed.xml", "countries/kgz/feed.xml"] {
            let data = try #require(site.files[path], "\(path) exists")
            let parser = XMLParser(data: data)
            #expect(parser.parse(), "\(path) is well-formed XML")
        }
        let feed = try #require(site.page("feed.xml"))
        #expect(feed.components(separatedBy: "<entry>").count == 3)
        #expect(feed.contains("<id>https://cases.example.org/sub/path/cases/first-case/</id>"))
        #expect(feed.contains("<title>Detention of A. Defender &lt;script&gt;alert(1)&lt;/script&gt;</title>"))
        let kaz = try #require(site.page("countries/kaz/feed.xml"))
        #expect(kaz.contains("first-case") && !kaz.contains("second-case"))
        #expect(site.page("countries/kaz/index.html")?.contains("<link rel=\"alternate\" type=\"application/atom+xml\"") == true)
    }

    @Test("the sitemap lists every page but the 404 under the base URL, with the last change of cases")
    func sitemap() throws {
        let site = try Self.build()
        let sitemap = try #require(site.page("sitemap.xml"))
        #expect(XMLParser(data: Data(sitemap.utf8)).parse())
        let urls = sitemap.components(separatedBy: "<loc>").count - 1
        #expect(urls == site.pages.count - 1)
        #expect(sitemap.contains("<loc>https://cases.example.org/sub/path/cases/first-case/</loc><lastmod>2020-03-01</lastmod>"))
        #expect(!sitemap.contains("404"))
    }

    @Test("past the protocol's limits the sitemap is an index of numbered sitemaps, each within them, that list every page once")
    func sitemapIndex() throws {
        let checked = try SiteBuilder(options: BuildOptions(root: Self.fixture, templates: TestSupport.validTemplates())).check()
        let templates = try #require(TemplateSet.load(from: TestSupport.validTemplates(), displayPath: { $0.path }).0)
        let renderer = SiteRenderer(linked: checked.linked, templates: templates)
        let sitemap = Sitemap(routes: renderer.models().map(\.route), context: renderer.context)
        let site = "https://cases.example.org/sub/path/"
        let single = sitemap.files(siteURL: site)
        #expect(single.map(\.path) == ["sitemap.xml"])
        let locations = { (file: OutputFile) in String(decoding: file.contents, as: UTF8.self).components(separatedBy: "<loc>").dropFirst().map { $0.prefix { $0 != "<" } } }
        let limits = Sitemap.Limits(urls: 3, bytes: 700)
        let split = sitemap.files(siteURL: site, limits: limits)
        let parts = Array(split.dropFirst())
        #expect(parts.count > 2)
        #expect(split.map(\.path) == ["sitemap.xml"] + parts.indices.map { "sitemap-\($0 + 1).xml" })
        let index = String(decoding: split[0].contents, as: UTF8.self)
        #expect(index.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
        #expect(locations(split[0]) == parts.map { Substring(site + $0.path) })
        for part in parts {
            let text = String(decoding: part.contents, as: UTF8.self)
            let newest = text.components(separatedBy: "<lastmod>").dropFirst().map { String($0.prefix(10)) }.max()
            #expect(index.contains("<loc>\(site + part.path)</loc>" + (newest.map { "<lastmod>\($0)</lastmod>" } ?? "") + "</sitemap>"))
            #expect(XMLParser(data: Data(part.contents)).parse())
            #expect(locations(part).count <= limits.urls && part.contents.count <= limits.bytes)
        }
        #expect(parts.flatMap(locations) == locations(single[0]))
    }

    @Test("without a base URL there is no sitemap, feeds link from the root, and the build says so")
    func withoutBaseURL() throws {
        let root = try TestSupport.temporaryFolder("casebook-nobase")
        try FileManager.default.copyItem(at: Self.fixture.appendingPathComponent("content"), to: root.appendingPathComponent("content"))
        let output = root.appendingPathComponent("site")
        let report = try SiteBuilder(options: BuildOptions(root: root, templates: TestSupport.validTemplates(), output: output)).build()
        #expect(report.warnings.map(\.description).contains { $0.hasPrefix("casebook.yml:1:1: warning: no 'base_url' is set") })
        let site = try SiteFiles(output)
        #expect(site.files["sitemap.xml"] == nil)
        #expect(site.page("feed.xml")?.contains("<id>urn:casebook:cases:first-case</id>") == true)
    }
}
