import Foundation
import Testing
@testable import CasebookKit

@Suite("Front matter")
struct FrontMatterTests {
    static let casePath = "content/cases/x/index.md"

    /// A valid case; tests replace single lines to break it. Line numbers count the opening `---` as 1.
    static let validCase = """
        ---
        title: A case
        summary: What happened.
        country: KAZ
        date: 2021-05-29
        status: reply-awaited
        defenders:
          - ann
        ---
        The story.

        """

    /// A valid source document; its last front-matter line is line 6.
    static let validDocument = """
        ---
        title: Letter
        kind: allegation-letter
        issuer: Special Procedures
        reference: AL KAZ 4/2021
        date: 2021-07-15
        ---

        """

    func parse(_ text: String, as place: ContentPath = .caseIndex(folder: "x"), path: String = casePath)
        -> ContentFileParser.Parsed
    {
        ContentFileParser(defaultLanguage: "en").parse(SourceFile(path: path, text: text), as: place)
    }

    func messages(_ text: String, as place: ContentPath = .caseIndex(folder: "x"), path: String = casePath) -> [String] {
        parse(text, as: place, path: path).diagnostics.sorted().map(\.description)
    }

    func validCase(replacing old: String, with new: String) -> String {
        precondition(Self.validCase.contains(old))
        return Self.validCase.replacingOccurrences(of: old, with: new)
    }

    @Test("a valid case is read with the locations of its values")
    func validCaseIsRead() throws {
        let parsed = parse(Self.validCase)
        #expect(parsed.diagnostics.isEmpty)
        guard case .caseFile(let caseFile, let folder) = try #require(parsed.item) else {
            Issue.record("expected a case")
            return
        }
        #expect(folder == "x")
        #expect(caseFile.slug == "x")
        #expect(caseFile.title == "A case")
        #expect(caseFile.country == Located("KAZ", at: SourceLocation(path: Self.casePath, line: 4, column: 10)))
        #expect(caseFile.date == Day(iso: "2021-05-29"))
        #expect(caseFile.status == .replyAwaited)
        #expect(caseFile.defenders == [Located("ann", at: SourceLocation(path: Self.casePath, line: 8, column: 5))])
        #expect(caseFile.body.source == "The story.\n")
        #expect(caseFile.body.start.line == 10)
        #expect(caseFile.location == SourceLocation(path: Self.casePath))
    }

    @Test("diagnostics for one bad value", arguments: [
        // unknown key, with the nearest known key as a hint; the required key it replaced is missing too
        ("defenders:", "defender:", [
            "content/cases/x/index.md:1:1: error: missing required key 'defenders'",
            "content/cases/x/index.md:7:1: error: unknown key 'defender'; did you mean 'defenders'?",
        ]),
        ("title: A case", "title: A case\nauthor: Me", [
            "content/cases/x/index.md:3:1: error: unknown key 'author'",
        ]),
        // a list where a string is expected
        ("title: A case", "title: [A, case]", [
            "content/cases/x/index.md:2:8: error: 'title' must be a string, found a list",
        ]),
        ("title: A case", "title: Off", [
            "content/cases/x/index.md:2:8: error: 'title' must be a string, found a boolean",
        ]),
        ("title: A case", "title: 'yes'\ndraft: \"false\"", [
            "content/cases/x/index.md:3:8: error: 'draft' must be true or false without quotes, found \"false\"",
        ]),
        ("title: A case", "title: true", [
            "content/cases/x/index.md:2:8: error: 'title' must be a string, found a boolean",
        ]),
        ("title: A case", "title: \"  \"", [
            "content/cases/x/index.md:2:8: error: 'title' must not be empty",
        ]),
        // a string where a list is expected
        ("defenders:\n  - ann", "defenders: ann", [
            "content/cases/x/index.md:7:12: error: 'defenders' must be a list of strings, found a string",
        ]),
        ("defenders:\n  - ann", "defenders:\n  - ann\n  - [bob]", [
            "content/cases/x/index.md:9:5: error: 'defenders' must be a string, found a list",
        ]),
        // missing required keys are reported where the file starts
        ("summary: What happened.\n", "", [
            "content/cases/x/index.md:1:1: error: missing required key 'summary'",
        ]),
        ("summary: What happened.", "summary:", [
            "content/cases/x/index.md:1:1: error: missing required key 'summary'",
        ]),
        // dates
        ("date: 2021-05-29", "date: 2021-02-30", [
            "content/cases/x/index.md:5:7: error: 'date' must be a date written YYYY-MM-DD, found '2021-02-30'",
        ]),
        ("date: 2021-05-29", "date: 29/05/2021", [
            "content/cases/x/index.md:5:7: error: 'date' must be a date written YYYY-MM-DD, found '29/05/2021'",
        ]),
        ("date: 2021-05-29", "date: 2021-5-9", [
            "content/cases/x/index.md:5:7: error: 'date' must be a date written YYYY-MM-DD, found '2021-5-9'; did you mean '2021-05-09'?",
        ]),
        ("title: A case", "title: Detention: the trial", [
            "content/cases/x/index.md:2:17: error: a value that holds ': ' must be put in quotes, e.g. title: \"Detention: the trial\" (YAML reads an unquoted ': ' as the start of a key)",
        ]),
        // choices
        ("status: reply-awaited", "status: reply-awaitd", [
            "content/cases/x/index.md:6:9: error: 'reply-awaitd' is not a valid 'status'; did you mean 'reply-awaited'? "
                + "(expected one of: reply-awaited, reply-received, ongoing, closed, historic)",
        ]),
        ("status: reply-awaited", "status: pending", [
            "content/cases/x/index.md:6:9: error: 'pending' is not a valid 'status' "
                + "(expected one of: reply-awaited, reply-received, ongoing, closed, historic)",
        ]),
        // references must be slugs
        ("  - ann", "  - Ann_B", [
            "content/cases/x/index.md:8:5: error: 'Ann_B' is not a valid slug: use lowercase ASCII letters, digits and single hyphens",
        ]),
        // countries
        ("country: KAZ", "country: KAX", [
            "content/cases/x/index.md:4:10: error: unknown country code 'KAX'; expected an ISO 3166-1 alpha-3 code; did you mean 'KAZ'?",
        ]),
        ("country: KAZ", "country: kaz", [
            "content/cases/x/index.md:4:10: error: unknown country code 'kaz'; expected an ISO 3166-1 alpha-3 code; did you mean 'KAZ'?",
        ]),
        ("country: KAZ", "country: Azerbaijan", [
            "content/cases/x/index.md:4:10: error: unknown country code 'Azerbaijan'; expected an ISO 3166-1 alpha-3 code; did you mean 'AZE'?",
        ]),
        ("country: KAZ", "country: SY", [
            "content/cases/x/index.md:4:10: error: unknown country code 'SY'; expected an ISO 3166-1 alpha-3 code; did you mean 'SYR'?",
        ]),
        ("country: KAZ", "country: republic of moldova", [
            "content/cases/x/index.md:4:10: error: unknown country code 'republic of moldova'; expected an ISO 3166-1 alpha-3 code; did you mean 'MDA'?",
        ]),
        ("country: KAZ", "country: QQQ", [
            "content/cases/x/index.md:4:10: error: unknown country code 'QQQ'; expected an ISO 3166-1 alpha-3 code",
        ]),
        // nested records are checked key by key
        ("title: A case", "title: A case\ntimeline:\n  - date: 2021-05-29\n    evnt: Arrest", [
            "content/cases/x/index.md:4:5: error: missing required key 'event'",
            "content/cases/x/index.md:5:5: error: unknown key 'evnt'; did you mean 'event'?",
        ]),
        // an invalid slug override
        ("title: A case", "title: A case\nslug: Not A Slug", [
            "content/cases/x/index.md:3:7: error: 'Not A Slug' is not a valid slug: use lowercase ASCII letters, digits and single hyphens",
        ]),
    ])
    func oneBadValue(old: String, new: String, expected: [String]) {
        let parsed = parse(validCase(replacing: old, with: new))
        #expect(parsed.diagnostics.sorted().map(\.description) == expected)
        #expect(parsed.item == nil)
    }

    @Test("every problem of a file is reported, not only the first")
    func severalProblems() {
        let text = """
            ---
            title: [A]
            country: KAX
            date: 2021-13-01
            status: open
            defender: [ann]
            ---

            """
        #expect(messages(text) == [
            "content/cases/x/index.md:1:1: error: missing required key 'defenders'",
            "content/cases/x/index.md:1:1: error: missing required key 'summary'",
            "content/cases/x/index.md:2:8: error: 'title' must be a string, found a list",
            "content/cases/x/index.md:3:10: error: unknown country code 'KAX'; expected an ISO 3166-1 alpha-3 code; did you mean 'KAZ'?",
            "content/cases/x/index.md:4:7: error: 'date' must be a date written YYYY-MM-DD, found '2021-13-01'",
            "content/cases/x/index.md:5:9: error: 'open' is not a valid 'status' (expected one of: reply-awaited, reply-received, ongoing, closed, historic)",
            "content/cases/x/index.md:6:1: error: unknown key 'defender'; did you mean 'defenders'?",
        ])
    }

    @Test("a duplicate YAML key is reported")
    func duplicateKey() {
        let text = "---\nname: Ann\nfocus: [a]\nname: Bob\n---\n"
        #expect(messages(text, as: .defender(file: "ann"), path: "content/defenders/ann.md") == [
            "content/defenders/ann.md:2:1: error: duplicate key 'name'",
        ])
    }

    @Test("invalid YAML is reported at the line and column of the file")
    func invalidYAML() {
        let text = "---\nname: Ann\nfocus: [a, b\n---\n"
        let diagnostics = parse(text, as: .defender(file: "ann"), path: "content/defenders/ann.md").diagnostics
        #expect(diagnostics.count == 1)
        let diagnostic = diagnostics.first
        #expect(diagnostic?.location.path == "content/defenders/ann.md")
        #expect(diagnostic?.location.line == 4)
        #expect(diagnostic?.message.text.hasPrefix("invalid YAML: ") == true)

        let tab = "---\nname: Ann\n\tfocus: x\n---\n"
        let tabDiagnostics = parse(tab, as: .defender(file: "ann"), path: "content/defenders/ann.md").diagnostics
        #expect(tabDiagnostics.map(\.location.line) == [3])

        let quote = "---\nname: \"Ann\n---\n"
        #expect(parse(quote, as: .defender(file: "ann"), path: "content/defenders/ann.md").diagnostics.map(\.location.line) == [3])
    }

    @Test("front matter that is not a mapping is reported")
    func notAMapping() {
        #expect(messages("---\n- a\n- b\n---\n", as: .defender(file: "ann"), path: "d.md") == [
            "d.md:1:1: error: front matter must be a mapping of keys to values",
        ])
    }

    @Test("a file name that is not a slug is reported at the start of the file")
    func invalidFileNameSlug() {
        let text = "---\nname: Ann\n---\n"
        #expect(messages(text, as: .defender(file: "Ann_B"), path: "content/defenders/Ann_B.md") == [
            "content/defenders/Ann_B.md:1:1: error: 'Ann_B' is not a valid slug: use lowercase ASCII letters, digits and single hyphens",
        ])
        // A valid `slug:` override makes the file name irrelevant.
        let parsed = parse("---\nname: Ann\nslug: ann-b\n---\n", as: .defender(file: "Ann_B"), path: "d.md")
        #expect(parsed.diagnostics.isEmpty)
        guard case .defender(let defender) = parsed.item else {
            Issue.record("expected a defender")
            return
        }
        #expect(defender.slug == "ann-b")
    }

    @Test("a document takes the site language unless it sets its own")
    func documentLanguage() throws {
        let parsed = ContentFileParser(defaultLanguage: "fr").parse(
            SourceFile(path: "content/cases/x/al.md", text: Self.validDocument), as: .document(folder: "x", file: "al"))
        #expect(parsed.diagnostics.isEmpty)
        guard case .document(let document, let folder) = parsed.item else {
            Issue.record("expected a document")
            return
        }
        #expect(folder == "x")
        #expect(document.language == "fr")
        #expect(document.slug == "al")
        #expect(document.kind == .allegationLetter)
    }
}
