import Foundation
import Testing
@testable import CasebookKit

/// Each folder under `Fixtures/invalid/` is a small project with one kind of bad input and an
/// `expected.txt` holding, in order, exactly the diagnostics a build must report (paths relative to it).
@Suite("Invalid fixtures")
struct InvalidFixtureTests {
    static let fixtures: URL? = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.resolvingSymlinksInPath()

    static let invalidNames: [String] = {
        guard let folder = fixtures?.appendingPathComponent("invalid") else { return [] }
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }()

    /// Fixtures whose expected output is right but which the product does not yet produce.
    static func fixture(_ kind: String, _ name: String) throws -> URL {
        try #require(fixtures, "Fixtures are missing from the test bundle").appendingPathComponent(kind).appendingPathComponent(name)
    }

    static func expectedLines(of fixture: URL) throws -> [String] {
        let text = try String(contentsOf: fixture.appendingPathComponent("expected.txt"), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    /// Diagnostics as printed, with the fixture's folder (as shown, relative to the working directory or absolute) removed.
    static func relativeDescriptions(_ diagnostics: [Diagnostic], fixture: URL) -> [String] {
        let shown = ContentLoader(root: fixture).displayPath(fixture)
        let prefixes = [shown + "/", fixture.standardizedFileURL.path + "/"]
        return diagnostics.map { diagnostic in
            prefixes.reduce(diagnostic.description) { $0.replacingOccurrences(of: $1, with: "") }
        }
    }

    @Test("every kind of bad input has a fixture")
    func fixturesArePresent() {
        let required: Set = [
            "unknown-key", "wrong-type", "missing-required-field", "unknown-defender", "unknown-organization",
            "unknown-mandate", "duplicate-slug", "not-utf8", "invalid-date", "unknown-country", "invalid-slug-file-name",
            "document-without-case", "several-errors",
        ]
        #expect(required.subtracting(Self.invalidNames).isEmpty, "missing fixtures: \(required.subtracting(Self.invalidNames).sorted())")
    }

    @Test("the base that every invalid fixture breaks builds without a diagnostic")
    func validBase() throws {
        let base = try Self.fixture("valid", "base")
        let templates = try TestSupport.validTemplates()
        let result = try SiteBuilder(options: BuildOptions(root: base, templates: templates)).check()
        #expect(result.warnings.isEmpty)
        #expect(result.linked.index.cases.map(\.slug) == ["shymkent-2021"])
        #expect(result.linked.index.cases.first?.documents.map(\.slug) == ["al-kaz-4-2021"])
        #expect(result.linked.index.countries.map(\.code) == ["KAZ"])
        #expect(result.files.contains { $0.path == "cases/shymkent-2021/al-kaz-4-2021/index.html" })
        #expect(result.files.contains { $0.path == "countries/kaz/index.html" })
    }

    @Test("a build reports exactly the expected diagnostics", arguments: invalidNames)
    func expectedDiagnostics(name: String) throws {
        let fixture = try Self.fixture("invalid", name)
        let expected = try Self.expectedLines(of: fixture)
        #expect(!expected.isEmpty)
        // A fixture may bring templates of its own, to break them.
        let own = fixture.appendingPathComponent("templates")
        let templates = FileManager.default.fileExists(atPath: own.path) ? own : try TestSupport.validTemplates()
        let builder = SiteBuilder(options: BuildOptions(root: fixture, templates: templates))
        do {
            _ = try builder.check()
            Issue.record("\(name): the check succeeded; expected:\n\(expected.joined(separator: "\n"))")
        } catch let error as DiagnosticsError {
            #expect(Self.relativeDescriptions(error.diagnostics, fixture: fixture) == expected)
            #expect(error.diagnostics == error.diagnostics.sorted())
        }
    }

    @Test("a fixture with several bad files reports every error of the run, sorted by location")
    func severalErrors() throws {
        let fixture = try Self.fixture("invalid", "several-errors")
        let templates = try TestSupport.validTemplates()
        let error = try #require(throws: DiagnosticsError.self) {
            try SiteBuilder(options: BuildOptions(root: fixture, templates: templates)).check()
        }
        let files = Set(error.diagnostics.map(\.location.path))
        #expect(files.count >= 5)
        #expect(error.errors.count == error.diagnostics.count)
        #expect(error.diagnostics.map(\.location) == error.diagnostics.map(\.location).sorted())
    }
}
