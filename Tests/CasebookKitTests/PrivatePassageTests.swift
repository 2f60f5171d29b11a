import Foundation
import Testing
@testable import CasebookKit

/// A passage between a line `::: private` and a line `:::` never reaches the site; a line that only looks
/// like such a marker would be published as text, so it is an error that says how to write one.
@Suite("Private passages")
struct PrivatePassageTests {
    static let malformed = " looks like a private-passage marker but is not one; open a passage with '::: private' (three ASCII "
        + "colons, one space, lowercase) and close it with ':::', each alone on its line with nothing before or after"

    /// The body's diagnostics, printed, and its text once redacted; the body starts on line 10.
    func redact(_ text: String) -> (messages: [String], text: String) {
        let (body, diagnostics) = PrivatePassages.redact(MarkdownText(text, start: SourceLocation(path: "c.md", line: 10)))
        return (diagnostics.sorted().map(\.description), body.source)
    }

    @Test("a passage is blanked line for line, markers included, and the rest is kept")
    func redacted() {
        let (messages, text) = redact("Public.\n::: private\nSecret.\n\nMore secret.\n:::\nPublic again.\n::: private\nx\n:::")
        #expect(messages.isEmpty)
        #expect(text == "Public.\n\n\n\n\n\nPublic again.\n\n\n")
    }

    static let unclosed = "c.md:11:1: error: private passage opened by '::: private' is not closed by a ':::' line"

    @Test("a line that looks like a marker but is not exactly one is an error; one that reads as an opener opens", arguments: [
        (":::private", true), ("::: Private", true), ("::: PRIVATE", true), (":::  private", true), ("::: private ", true),
        (" ::: private", true), (":::\tprivate", true), ("::: private\t", true), (":::\u{A0}private", true),
        (":::\u{2003}private", true), (":::\u{3000}private", true), ("::: private\u{200B}", true), ("\u{FEFF}::: private", true),
        ("：：： private", true), ("::\u{FF1A} private", true), ("\u{2236}\u{2236}\u{2236} private", true),
        ("> ::: private", true), ("- ::: private", true), ("1. ::: private", true), (": : : private", true),
        ("   :::", false), ("::: ", false), ("\t:::", false), ("：：：", false), ("::::", false), (">:::", false), ("> > :::", false),
        ("* :::", false), ("2) :::", false), ("::: private -->", false), ("::: warning", false), (":::private:::", false),
    ])
    func lookalike(line: String, opens: Bool) {
        let (messages, text) = redact("Before.\n\(line)\nAfter.\n")
        #expect(messages == ["c.md:11:1: error: '\(VisibleText.escaped(line, backslashes: false))'" + Self.malformed] + (opens ? [Self.unclosed] : []))
        #expect(text.contains("After."), "nothing is hidden by a line that is no marker")
    }

    @Test("lines that merely contain colons are not markers", arguments: [
        "Note: the hearing is on Monday.", "See ::: private for the syntax.", "12:30: the arrest", "::", ": :", "a :::",
        "Тема: ::: private", "- :: item", "`:::` in code", "> Quoted: text",
    ])
    func notMarkers(line: String) {
        #expect(redact("\(line)\n").messages.isEmpty)
    }

    @Test("a look-alike marker is found among lines of any script", arguments: [
        "Текст дела.", "نص القضية.", "案件の文章。", "Ἀρχή.", "\u{A0}Текст.", "— Цитата.", "«Цитата».",
    ])
    func lookalikesAmongOtherScripts(line: String) {
        for marker in ["：：： private", "\u{A0}::: private", "\u{3000}::: private", "\u{2236}\u{2236}\u{2236} private"] {
            let (messages, text) = redact("\(line)\n\(line)\n\(marker)\nСекрет.\n:::\n\(line)")
            #expect(messages.count == 1 && !text.contains("Секрет") && text.hasSuffix("\n\(line)"), "\(marker.debugDescription)")
        }
        #expect(redact("\(line)\n\(line)").messages.isEmpty)
    }

    @Test("a look-alike opener still opens and a look-alike closer still closes, so errors do not cascade")
    func lookalikesKeepTheStructure() {
        let (messages, text) = redact("::: Private\nSecret.\n:::\nPublic.\n::: private\nSecret.\n::: \n")
        #expect(messages == ["c.md:10:1: error: '::: Private'" + Self.malformed, "c.md:16:1: error: '::: '" + Self.malformed])
        #expect(!text.contains("Secret."))
    }

    @Test("a passage opened inside another, a closing line with none open and a passage left open are errors")
    func structure() {
        let (messages, _) = redact(":::\nPublic.\n::: private\nSecret.\n::: private\nMore.\n:::\n::: private\nUnclosed.\n")
        #expect(messages == [
            "c.md:10:1: error: ':::' closes no private passage; open one above it with '::: private', or remove the line",
            "c.md:14:1: error: '::: private' inside the private passage opened on line 12; close that one with ':::' first",
            "c.md:17:1: error: private passage opened by '::: private' is not closed by a ':::' line",
        ])
    }

    @Test("old-Mac CR, CRLF, NEL and the Unicode line and paragraph separators end lines everywhere", arguments: [
        "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}",
    ])
    func lineEnds(end: String) throws {
        let text = ["---", "name: Ann", "---", "Public.", "::: private", "Secret.", ":::", "Public again."].joined(separator: end)
        let (decoded, defender) = try SourceFileTests.defender(decoding: Array(text.utf8))
        #expect(decoded == "---\nname: Ann\n---\nPublic.\n::: private\nSecret.\n:::\nPublic again.")
        #expect(defender.body.source == "Public.\n\n\n\nPublic again.")
        #expect(defender.body.start.line == 4)
    }

    @Test("with lone CRs, a look-alike marker and a bad value are located on the lines an editor shows")
    func locationsWithCR() throws {
        let text = "---\rname: Ann\rfocus: yes\r---\rPublic.\r::: private \rSecret.\r:::\r"
        let source = try SourceFile.decode(Data(text.utf8), path: "d.md").get()
        let parsed = ContentFileParser(defaultLanguage: "en").parse(source, as: .defender(file: "ann"))
        #expect(parsed.diagnostics.sorted().map(\.description) == [
            "d.md:3:8: error: 'focus' must be a list of strings, found a boolean",
            "d.md:6:1: error: '::: private '" + Self.malformed,
        ])
    }

    @Test("an invalid byte after lone CRs is located on its line")
    func invalidByteAfterCR() {
        guard case .failure(let diagnostic) = SourceFile.decode(Data(Array("a\rb\r\ncd".utf8) + [0xFF]), path: "x.md") else {
            Issue.record("expected the bytes to be rejected")
            return
        }
        #expect(diagnostic.description == "x.md:3:3: error: file is not valid UTF-8 text")
    }
}
