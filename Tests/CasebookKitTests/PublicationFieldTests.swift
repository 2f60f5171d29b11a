import Foundation
import Testing
@testable import CasebookKit

/// `draft:` and `publish_after:` hold a case or a document back, and `visibility:` a defender's name: a value
/// that is there but empty, null or misspelt must stop the build, never publish as an absent key would.
@Suite("Draft, embargo and visibility fields")
struct PublicationFieldTests {
    /// `text`, a valid file of `FrontMatterTests`, with `lines` added at the end of its front matter.
    static func adding(_ lines: String, to text: String) -> String {
        let close = text.range(of: "\n---\n", options: .backwards)!
        return text.replacingCharacters(in: close, with: "\n" + lines + "\n---\n")
    }

    /// The diagnostics of a case and of a document whose front matter ends with `lines` (from line 9 and 7).
    static func messages(adding lines: String) -> (case: [String], document: [String]) {
        let parser = ContentFileParser(defaultLanguage: "en")
        let caseParsed = parser.parse(
            SourceFile(path: "c.md", text: adding(lines, to: FrontMatterTests.validCase)), as: .caseIndex(folder: "x"))
        let documentParsed = parser.parse(
            SourceFile(path: "d.md", text: adding(lines, to: FrontMatterTests.validDocument)), as: .document(folder: "x", file: "d"))
        #expect(caseParsed.item == nil || caseParsed.diagnostics.isEmpty)
        #expect(documentParsed.item == nil || documentParsed.diagnostics.isEmpty)
        return (caseParsed.diagnostics.sorted().map(\.description), documentParsed.diagnostics.sorted().map(\.description))
    }

    @Test("a value that is not plainly true or false is an error where it is written", arguments: [
        ("draft:", "'draft' has no value; write true or false, or remove the key", 7),
        ("draft: ", "'draft' has no value; write true or false, or remove the key", 7),
        ("draft: ~", "'draft' has no value; write true or false, or remove the key", 8),
        ("draft: null", "'draft' has no value; write true or false, or remove the key", 8),
        ("draft: NULL # to do", "'draft' has no value; write true or false, or remove the key", 8),
        ("draft: yes", "'draft' must be true or false, found 'yes'", 8),
        ("draft: on", "'draft' must be true or false, found 'on'", 8),
        ("draft: True", "'draft' must be true or false, found 'True'", 8),
        ("draft: 1", "'draft' must be true or false, found '1'", 8),
        ("draft: \"true\"", "'draft' must be true or false without quotes, found \"true\"", 8),
        ("draft: 'false'", "'draft' must be true or false without quotes, found \"false\"", 8),
        ("draft: [true]", "'draft' must be true or false, found a list", 8),
        ("publish_after:", "'publish_after' has no value; write a date YYYY-MM-DD, or remove the key", 15),
        ("publish_after: ~", "'publish_after' has no value; write a date YYYY-MM-DD, or remove the key", 16),
        ("publish_after: null", "'publish_after' has no value; write a date YYYY-MM-DD, or remove the key", 16),
        ("publish_after: \"\"", "'publish_after' must not be empty", 16),
        ("publish_after: soon", "'publish_after' must be a date written YYYY-MM-DD, found 'soon'", 16),
        ("publish_after: 2030-1-1", "'publish_after' must be a date written YYYY-MM-DD, found '2030-1-1'; did you mean '2030-01-01'?", 16),
    ])
    func rejected(line: String, message: String, column: Int) {
        let (caseMessages, documentMessages) = Self.messages(adding: line)
        #expect(caseMessages == ["c.md:9:\(column): error: \(message)"])
        #expect(documentMessages == ["d.md:7:\(column): error: \(message)"])
    }

    @Test("every such error of a file is reported at once")
    func both() {
        let (caseMessages, _) = Self.messages(adding: "draft: ~\npublish_after:")
        #expect(caseMessages == [
            "c.md:9:8: error: 'draft' has no value; write true or false, or remove the key",
            "c.md:10:15: error: 'publish_after' has no value; write a date YYYY-MM-DD, or remove the key",
        ])
    }

    @Test("true, false and a date are read; an absent key is neither a draft nor an embargo", arguments: [
        ("draft: true\npublish_after: 2030-01-02", true, Day(iso: "2030-01-02")),
        ("draft: false\npublish_after: \"2030-01-02\"", false, Day(iso: "2030-01-02")),
        ("publish_after: 2030-01-02 # embargo", false, Day(iso: "2030-01-02")),
        ("draft: true", true, nil),
        ("language: en", false, nil),
    ])
    func accepted(lines: String, draft: Bool, publishAfter: Day?) throws {
        let parser = ContentFileParser(defaultLanguage: "en")
        let parsed = parser.parse(SourceFile(path: "c.md", text: Self.adding(lines, to: FrontMatterTests.validCase)), as: .caseIndex(folder: "x"))
        #expect(parsed.diagnostics.isEmpty)
        guard case .caseFile(let caseFile, _) = try #require(parsed.item) else {
            Issue.record("expected a case")
            return
        }
        #expect(caseFile.draft == draft)
        #expect(caseFile.publishAfter == publishAfter)
        let document = parser.parse(
            SourceFile(path: "d.md", text: Self.adding(lines, to: FrontMatterTests.validDocument)), as: .document(folder: "x", file: "d"))
        guard case .document(let sourceDocument, _) = try #require(document.item) else {
            Issue.record("expected a document")
            return
        }
        #expect(sourceDocument.draft == draft)
        #expect(sourceDocument.publishAfter == publishAfter)
    }

    @Test("a defender's visibility written without a value is an error, not public", arguments: [
        ("visibility:", 12), ("visibility: ~", 13), ("visibility: null", 13),
    ])
    func emptyVisibility(line: String, column: Int) {
        let parsed = ContentFileParser(defaultLanguage: "en").parse(
            SourceFile(path: "g.md", text: "---\nname: Gulzada Serzhan\n\(line)\nwithheld_as: a woman defender\n---\n"),
            as: .defender(file: "g"))
        #expect(parsed.item == nil)
        #expect(parsed.diagnostics.map(\.description) == [
            "g.md:3:\(column): error: 'visibility' has no value; write one of: public, pseudonymous, withheld",
        ])
    }
}
