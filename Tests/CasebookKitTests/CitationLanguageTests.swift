import Foundation
import Testing
@testable import CasebookKit

/// Labelled sentences in French, Spanish and Russian (`Fixtures/citations/*.txt`) against what the scanner finds
/// with the shipped instrument library.
@Suite("Citation accuracy in other languages")
struct CitationLanguageTests {
    /// One labelled paragraph: where it comes from, its text, and its citations as `CitationScannerTests.described`.
    struct Item {
        var source: String
        var text: String
        var labels: [String]
        /// Citations of laws the library lacks, as `file-slug article`.
        var lacks: [String] = []
    }

    static let catalog = Result<InstrumentCatalog, any Error> {
        let (content, diagnostics) = ContentLoader(root: TestSupport.repository).load()
        guard !diagnostics.containsErrors else { throw DiagnosticsError(diagnostics) }
        return InstrumentCatalog(content.instruments)
    }

    /// The items of a fixture: `source:`, `text:` and `cites:` lines, `#` comments.
    static func items(_ language: String) throws -> [Item] {
        let url = TestSupport.repository.appendingPathComponent("Tests/CasebookKitTests/Fixtures/citations/\(language).txt")
        var items: [Item] = []
        var source = ""
        var text = ""
        var lacks: [String] = []
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            if line.hasPrefix("source: ") { source = String(line.dropFirst(8)) }
            if line.hasPrefix("text: ") { text = String(line.dropFirst(6)) }
            if line.hasPrefix("lacks: ") { lacks = line.dropFirst(7).split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) } }
            if line.hasPrefix("cites: ") {
                let cites = line.dropFirst(7)
                let labels = cites == "-" ? [] : cites.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                items.append(Item(source: source, text: text, labels: labels, lacks: lacks))
                (source, text, lacks) = ("", "", [])
            }
        }
        return items
    }

    /// Counts the labels found among `found`, each found citation matching one label at most.
    static func matched(_ labels: [String], _ found: [String]) -> Int {
        var unmatched = found
        return labels.filter { label in unmatched.firstIndex(of: label).map { unmatched.remove(at: $0) } != nil }.count
    }

    @Test("every labelled citation is found, in order, with no false ones", arguments: ["fr", "es", "ru"])
    func exact(language: String) throws {
        let catalog = try Self.catalog.get()
        let items = try Self.items(language)
        var labelled = 0, found = 0, truePositives = 0, negatives = 0
        for item in items {
            var scanner = CitationScanner(catalog: catalog)
            let citations = scanner.scan(Array(item.text.utf8)).citations.map(CitationScannerTests.described)
            labelled += item.labels.count
            found += citations.count
            truePositives += Self.matched(item.labels, citations)
            negatives += item.labels.isEmpty ? 1 : 0
            #expect(citations == item.labels, "\(item.source): \(item.text)")
        }
        let recall = labelled == 0 ? 1 : Double(truePositives) / Double(labelled)
        let precision = found == 0 ? 1 : Double(truePositives) / Double(found)
        print("citations in \(language): \(items.count) sentences (\(negatives) without citations), \(labelled) labelled, "
            + "\(found) found, recall \(recall), precision \(precision)")
        #expect(items.count >= 40)
        #expect(recall == 1)
        #expect(precision == 1)
    }

    @Test("the laws the library lacks are reported with the file that would link them, and nothing else", arguments: ["fr", "es", "ru"])
    func lacking(language: String) throws {
        let catalog = try Self.catalog.get()
        var labelled = 0
        for item in try Self.items(language) {
            var scanner = CitationScanner(catalog: catalog)
            let found = scanner.scan(Array(item.text.utf8)).unknown.map { "\($0.target.slug) \($0.article ?? "-")" }
            labelled += item.lacks.count
            #expect(found == item.lacks, "\(item.source): \(item.text)")
        }
        #expect(labelled >= 1)
    }

    @Test("the fixtures name a source for every sentence")
    func sourcesNamed() throws {
        for language in ["fr", "es", "ru"] {
            #expect(try Self.items(language).allSatisfy { !$0.source.isEmpty && !$0.text.isEmpty })
        }
    }
}
