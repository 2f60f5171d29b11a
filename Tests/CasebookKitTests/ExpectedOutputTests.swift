import Foundation
import Testing
@testable import CasebookKit

/// Builds whole fixture sites and compares every page, byte for byte, with the expected output beside them.
///
/// After an intended change to templates or rendering, regenerate with
/// `CASEBOOK_UPDATE_EXPECTED=1 swift test --filter ExpectedOutputTests`, then review the diff.
@Suite("Fixture sites against their expected output")
struct ExpectedOutputTests {
    static let sites = TestSupport.repository.appendingPathComponent("Tests/CasebookKitTests/Fixtures/sites")
    static let names = ((try? FileManager.default.contentsOfDirectory(atPath: sites.path)) ?? []).sorted()
    static let updating = ProcessInfo.processInfo.environment["CASEBOOK_UPDATE_EXPECTED"] == "1"

    @Test("there are fixture sites to compare")
    func fixturesExist() {
        #expect(!Self.names.isEmpty)
    }

    @Test("the built pages equal the expected pages", arguments: names)
    func matchesExpected(name: String) throws {
        let fixture = Self.sites.appendingPathComponent(name)
        let expectedFolder = fixture.appendingPathComponent("expected")
        let output = try TestSupport.temporaryFolder("casebook-expected").appendingPathComponent("site")
        _ = try SiteBuilder(options: BuildOptions(root: fixture, templates: TestSupport.validTemplates(), output: output)).build()
        let built = try SiteFiles(output).files.filter { !$0.key.hasPrefix("assets/") }
        if Self.updating {
            try? FileManager.default.removeItem(at: expectedFolder)
            for (path, data) in built { try TestSupport.write(data, to: path, in: expectedFolder) }
        }
        let expected = try SiteFiles(expectedFolder).files
        #expect(built.keys.sorted() == expected.keys.sorted())
        for (path, data) in built.sorted(by: { $0.key < $1.key }) {
            #expect(data == expected[path], "\(name)/\(path) differs from its expected output")
        }
    }
}
