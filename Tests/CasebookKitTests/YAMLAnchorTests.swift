import Foundation
import Testing
@testable import CasebookKit

/// An anchor set inside `private:` and aliased in a public field would publish the private value: every
/// YAML anchor and alias, in content, `casebook.yml` and `strings.yml`, is an error where it is written.
@Suite("YAML anchors and aliases")
struct YAMLAnchorTests {
    static let reason = ": anchors and aliases can copy a private value into a public field; write the value out where it is used"

    func messages(_ lines: String) -> [String] {
        let text = PublicationFieldTests.adding(lines, to: FrontMatterTests.validCase)
        let parsed = ContentFileParser(defaultLanguage: "en").parse(SourceFile(path: "c.md", text: text), as: .caseIndex(folder: "x"))
        #expect(parsed.item == nil || parsed.diagnostics.isEmpty)
        return parsed.diagnostics.sorted().map(\.description)
    }

    @Test("a private value anchored and aliased in a public field is refused at both places")
    func privateValueAliased() {
        #expect(messages("private:\n  phone: &phone \"+7 701 555 0101\"\nplace: *phone") == [
            "c.md:10:10: error: YAML anchor '&phone' is not allowed" + Self.reason,
            "c.md:11:8: error: YAML alias '*phone' is not allowed" + Self.reason,
        ])
    }

    @Test("anchors on lists and mappings, aliases and merge keys are refused wherever they stand", arguments: [
        ("organizations: &orgs\n  - feminita\nmandates: *orgs", ["c.md:9:16: error: YAML anchor '&orgs'", "c.md:11:11: error: YAML alias '*orgs'"]),
        ("private: &p\n  notes: x\ntimeline:\n  - <<: *p\n    date: 2021-05-29",
            ["c.md:9:10: error: YAML anchor '&p'", "c.md:12:9: error: YAML alias '*p'"]),
        ("place: &here Shymkent", ["c.md:9:8: error: YAML anchor '&here'"]),
        ("&key place: Shymkent", ["c.md:9:1: error: YAML anchor '&key'"]),
        ("violations: [&v detention, *v]", ["c.md:9:14: error: YAML anchor '&v'", "c.md:9:28: error: YAML alias '*v'"]),
    ])
    func refused(lines: String, expected: [String]) {
        // A merge key is no key of the schema either; only the anchors' and aliases' diagnostics are compared.
        #expect(messages(lines).filter { $0.contains(": error: YAML a") } == expected.map { $0 + " is not allowed" + Self.reason })
    }

    @Test("an alias without its anchor and a syntax error after an anchor are reported with it")
    func withYAMLErrors() {
        #expect(messages("place: *nowhere") == [
            "c.md:9:8: error: YAML alias '*nowhere' is not allowed" + Self.reason,
            "c.md:9:8: error: invalid YAML: found undefined alias",
        ])
        let broken = messages("place: &here Shymkent\nviolations: [a, b")
        #expect(broken.first == "c.md:9:8: error: YAML anchor '&here' is not allowed" + Self.reason)
        #expect(broken.count == 2)
        #expect(broken.last?.contains("error: invalid YAML: ") == true)
    }

    @Test("& and * in text, quotes, comments and block scalars are not anchors")
    func notAnchors() {
        let lines = """
            place: Q&A * 3
            violations:
              - 5 * 3 & more
              - "*quoted &text"
              - '&single *quoted'
              - a&b*c
            actions:
              - |
                &not an anchor
                *nor an alias
              - >
                *folded* &text
            language: en # &comment *here
            """
        #expect(messages(lines) == [])
    }

    @Test("casebook.yml and strings.yml refuse anchors and aliases too")
    func configurationFiles() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try TestSupport.write("title: &t Defenders\ndescription: *t\n", to: "casebook.yml", in: folder)
        let (_, configDiagnostics) = SiteConfig.load(from: folder.appendingPathComponent("casebook.yml"), displayPath: "casebook.yml")
        #expect(configDiagnostics.map(\.description) == [
            "casebook.yml:1:8: error: YAML anchor '&t' is not allowed" + Self.reason,
            "casebook.yml:2:14: error: YAML alias '*t' is not allowed" + Self.reason,
        ])
        try TestSupport.write(TestSupport.stringsYAML() + "extra: &e x\nmore: *e\n", to: "templates/strings.yml", in: folder)
        let (strings, stringDiagnostics) = InterfaceStrings.load(
            from: folder.appendingPathComponent("templates/strings.yml"), displayPath: { _ in "templates/strings.yml" })
        let lines = InterfaceStrings.requiredKeys.count + InterfaceStrings.pluralFamilies.count
        #expect(strings == nil)
        #expect(stringDiagnostics.sorted().map(\.description) == [
            "templates/strings.yml:\(lines + 1):8: error: YAML anchor '&e' is not allowed" + Self.reason,
            "templates/strings.yml:\(lines + 2):7: error: YAML alias '*e' is not allowed" + Self.reason,
        ])
    }
}
