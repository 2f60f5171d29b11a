import Foundation
import Testing
@testable import CasebookKit

/// JSON-LD on every page: valid for a JSON-LD processor, typed per page kind, and naming people only as allowed.
@Suite("Structured data (JSON-LD)")
struct StructuredDataTests {
    /// The JSON-LD object of a page.
    static func structuredData(_ html: String) throws -> [String: Any] {
        let start = try #require(html.range(of: "<script type=\"application/ld+json\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8))
        return try #require(json as? [String: Any])
    }

    @Test("every page of the shipped site expands as JSON-LD under schema.org, offline")
    func processorAccepts() throws {
        let site = try EndToEndTests.built.get()
        let checker = TestSupport.repository.appendingPathComponent("Tests/Checks/jsonld.py")
        let result = try TestSupport.run(command: "python3", [checker.path, site.folder.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test("a case is an article about an event with its place and people; documents are parts of it")
    func casePage() throws {
        let page = try #require(try EndToEndTests.built.get().page("cases/\(EndToEndTests.caseSlug)/index.html"))
        let json = try Self.structuredData(page)
        #expect(json["@type"] as? String == "Article")
        #expect(json["@id"] as? String == "https://casebook.example.org/cases/\(EndToEndTests.caseSlug)/")
        let event = try #require(json["about"] as? [String: Any])
        #expect(event["@type"] as? String == "Event" && event["startDate"] as? String == "2021-05-29")
        #expect(((event["location"] as? [String: Any])?["address"] as? [String: Any])?["addressCountry"] as? String == "KAZ")
        #expect((event["about"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["Gulzada Serzhan", "Zhanar Sekerbayeva"])
        #expect((json["hasPart"] as? [[String: Any]])?.count == 2)
        let cited = (json["citation"] as? [[String: Any]])?.compactMap { $0["@id"] as? String } ?? []
        #expect(cited.contains("https://casebook.example.org/instruments/iccpr/#instrument"))
    }

    @Test("a case describes what has a page of its own by reference: people by name and @id, each instrument once, articles as bare @ids")
    func referencesOnCasePage() throws {
        let page = try #require(try EndToEndTests.built.get().page("cases/\(EndToEndTests.caseSlug)/index.html"))
        let json = try Self.structuredData(page)
        let people = try #require((json["about"] as? [String: Any])?["about"] as? [[String: Any]])
        #expect(people.allSatisfy { Set($0.keys) == ["@type", "@id", "name"] })
        let cited = try #require(json["citation"] as? [[String: Any]])
        let instruments = cited.compactMap { $0["@id"] as? String }.filter { $0.hasSuffix("#instrument") }
        #expect(instruments.count == Set(instruments).count)
        let iccpr = try #require(cited.first { $0["@id"] as? String == "https://casebook.example.org/instruments/iccpr/#instrument" })
        #expect(iccpr["legislationIdentifier"] as? String == "ICCPR" && iccpr["name"] == nil)
        let articles = cited.filter { ($0["@id"] as? String)?.contains("#article-") == true }
        #expect(!articles.isEmpty && articles.allSatisfy { $0.count == 1 })
    }

    @Test("an instrument is Legislation whose articles are parts pointing back to it")
    func instrumentPage() throws {
        let page = try #require(try EndToEndTests.built.get().page("instruments/iccpr/index.html"))
        let legislation = try #require(try Self.structuredData(page)["mainEntity"] as? [String: Any])
        #expect(legislation["@type"] as? String == "Legislation")
        #expect(legislation["legislationIdentifier"] as? String != nil)
        let parts = try #require(legislation["hasPart"] as? [[String: Any]])
        let article19 = try #require(parts.first { ($0["@id"] as? String)?.hasSuffix("#article-19") == true })
        #expect((article19["isPartOf"] as? [String: String])?["@id"] == legislation["@id"] as? String)
    }

    @Test("a document is part of its case and of the site under one isPartOf, never the key twice")
    func documentPage() throws {
        let site = try EndToEndTests.built.get()
        let path = try #require(site.pages.first { $0.hasPrefix("cases/\(EndToEndTests.caseSlug)/") && $0.split(separator: "/").count == 4 })
        let page = try #require(site.page(path))
        let start = try #require(page.range(of: "<script type=\"application/ld+json\">"))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        #expect(page[start.upperBound..<end.lowerBound].components(separatedBy: "\"isPartOf\":").count == 2)
        let parts = try #require(try Self.structuredData(page)["isPartOf"] as? [[String: Any]])
        #expect(parts.map { $0["@type"] as? String } == ["Article", "WebSite"])
        #expect(parts[0]["@id"] as? String == "https://casebook.example.org/cases/\(EndToEndTests.caseSlug)/")
    }

    @Test("a pseudonymous defender is a Person under the pseudonym only; a withheld one has no name at all")
    func protectedPeople() throws {
        let site = try LeakTests.build(drafts: false)
        let profile = try Self.structuredData(try #require(site.page("defenders/ana-p/index.html")))
        let person = try #require(profile["mainEntity"] as? [String: Any])
        #expect(person["name"] as? String == "Ana P.")
        #expect(person["alternateName"] == nil)
        let casePage = try Self.structuredData(try #require(site.page("cases/public-case/index.html")))
        let people = try #require((casePage["about"] as? [String: Any])?["about"] as? [[String: Any]])
        #expect(people.contains { $0["name"] == nil && $0["description"] as? String == "a woman human rights defender" })
    }
}
