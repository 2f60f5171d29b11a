import Foundation
import Testing
@testable import CasebookKit

/// Each folder under `Fixtures/warnings/` is a small project that builds, with warnings; its `expected.txt` holds
/// exactly what `casebook check` prints from it: the warnings, then the citation report and the closing line.
@Suite("Warning fixtures")
struct WarningFixtureTests {
    static let names: [String] = {
        guard let folder = InvalidFixtureTests.fixtures?.appendingPathComponent("warnings") else { return [] }
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }()

    /// `lines` with the fixture's folder (as shown, relative to the working directory or absolute) removed.
    static func relative(_ lines: [String], fixture: URL) -> [String] {
        let shown = ContentLoader(root: fixture).displayPath(fixture)
        let prefixes = [shown + "/", fixture.standardizedFileURL.path + "/"]
        return lines.map { line in prefixes.reduce(line) { $0.replacingOccurrences(of: $1, with: "") } }
    }

    @Test("a check reports exactly the expected warnings and citation report", arguments: names)
    func expectedReport(name: String) throws {
        let fixture = try InvalidFixtureTests.fixture("warnings", name)
        let expected = try InvalidFixtureTests.expectedLines(of: fixture)
        let result = try SiteBuilder(options: BuildOptions(root: fixture, templates: try TestSupport.validTemplates())).check()
        #expect(!result.warnings.isEmpty)
        #expect(result.warnings.allSatisfy { $0.severity == .warning })
        let printed = result.warnings.map(\.description) + CitationReport(result.linked).details
        // The closing line ("No errors: … pages") is the command's own: `CommandLineTests` checks it.
        #expect(Self.relative(printed, fixture: fixture) == Array(expected.dropLast()))
    }

    @Test("unresolved citations are grouped by the file that would link them, most first")
    func groupedByFile() throws {
        let fixture = try InvalidFixtureTests.fixture("warnings", "unresolved-citations")
        let result = try SiteBuilder(options: BuildOptions(root: fixture, templates: try TestSupport.validTemplates())).check()
        let report = CitationReport(result.linked)
        #expect(report.unresolved == report.unresolvedCitations.count)
        #expect(report.unresolved == result.warnings.count)
        let syrian = report.unresolvedCitations.filter { $0.missing.slug == "syrian-criminal-code" }
        #expect(syrian.map(\.article) == ["272", "274"])
        #expect(Set(syrian.map(\.location.path)).count == 1 && syrian[0].location.path.hasSuffix("content/cases/aleppo-2020/index.md"))
        let russian = report.unresolvedCitations.filter { $0.missing.slug == "ugolovn-kodeks-siri" }
        #expect(russian.map(\.article) == ["287", "288"])
    }
}
