import Foundation
import Testing
@testable import CasebookKit

/// Reading a content file's bytes and cutting off its front matter, before any YAML is read.
@Suite("Source files and the front-matter splitter")
struct SourceFileTests {
    @Test("the splitter needs an opening --- line")
    func missingOpening() {
        for text in ["title: x\n---\n", "", "--- \ntitle: x\n---\n", "\n---\ntitle: x\n---\n"] {
            let result = FrontMatterSplitter.split(SourceFile(path: "a.md", text: text))
            #expect(throws: Diagnostic.self) { try result.get() }
            #expect((try? result.get()) == nil)
            if case .failure(let diagnostic) = result {
                #expect(diagnostic.description
                    == "a.md:1:1: error: file must start with a '---' line opening a YAML front-matter block")
            }
        }
    }

    @Test("the splitter needs a closing --- line")
    func unterminated() {
        for text in ["---\ntitle: x\n", "---", "---\n", "---\ntitle: x\n----\n"] {
            guard case .failure(let diagnostic) = FrontMatterSplitter.split(SourceFile(path: "a.md", text: text)) else {
                Issue.record("expected a failure for \(text.debugDescription)")
                continue
            }
            #expect(diagnostic.description == "a.md:1:1: error: front matter is not closed by a '---' line")
        }
    }

    @Test("the body starts on the line after the closing ---", arguments: [
        ("---\na: 1\n---\nBody\n", "a: 1\n", "Body\n", 4),
        ("---\na: 1\nb: 2\n...\nBody", "a: 1\nb: 2\n", "Body", 5),
        ("---\n---\n", "", "", 3),
        ("---\na: 1\n---", "a: 1\n", "", 4),
        ("---\na: |\n  x\n\n---\n\n# Title\n", "a: |\n  x\n\n", "\n# Title\n", 6),
    ])
    func bodyStart(text: String, yaml: String, body: String, line: Int) throws {
        let parts = try FrontMatterSplitter.split(SourceFile(path: "a.md", text: text)).get()
        #expect(parts.yaml == yaml)
        #expect(parts.body.source == body)
        #expect(parts.body.start == SourceLocation(path: "a.md", line: line, column: 1))
    }

    @Test("bytes that are not UTF-8 are located at their line and column", arguments: [
        (Array("---\nname: caf".utf8) + [0xE9] + Array("\n---\n".utf8), 2, 10),
        (Array("---\nname: é".utf8) + [0xFF], 2, 8),
        ([0xC3, 0x28], 1, 1),
        (Array("---\nname: x\n---\n\nBody ".utf8) + [0xF0, 0x9F, 0x98], 5, 6),
        ([0xEF, 0xBB, 0xBF] + Array("ab".utf8) + [0x80], 1, 3),
    ])
    func notUTF8(bytes: [UInt8], line: Int, column: Int) {
        guard case .failure(let diagnostic) = SourceFile.decode(Data(bytes), path: "content/defenders/x.md") else {
            Issue.record("expected the bytes to be rejected")
            return
        }
        #expect(diagnostic.description == "content/defenders/x.md:\(line):\(column): error: file is not valid UTF-8 text")
    }

    /// The text `bytes` decode to and the defender profile it parses to, without a diagnostic.
    static func defender(decoding bytes: [UInt8]) throws -> (text: String, defender: Defender) {
        let source = try SourceFile.decode(Data(bytes), path: "content/defenders/ann.md").get()
        let parsed = ContentFileParser(defaultLanguage: "en").parse(source, as: .defender(file: "ann"))
        #expect(parsed.diagnostics.isEmpty)
        let defender = try #require(parsed.item.flatMap { if case .defender(let defender) = $0 { defender } else { nil } })
        return (source.text, defender)
    }

    @Test("a byte-order mark and CRLF line endings are accepted")
    func bomAndCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\nname: Ann\r\nfocus:\r\n  - law\r\n---\r\nBody\r\n".utf8)
        let (text, defender) = try Self.defender(decoding: bytes)
        #expect(text == "---\nname: Ann\nfocus:\n  - law\n---\nBody\n")
        #expect(defender.name == "Ann")
        #expect(defender.focus == ["law"])
        #expect(defender.body.source == "Body\n")
        #expect(defender.body.start.line == 6)
    }

    @Test("a file that cannot be read is reported at its start")
    func unreadable() {
        let missing = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/x.md")
        guard case .failure(let diagnostic) = SourceFile.read(at: missing, displayPath: "content/defenders/x.md") else {
            Issue.record("expected a missing file to be reported")
            return
        }
        #expect(diagnostic.location == SourceLocation(path: "content/defenders/x.md"))
        #expect(diagnostic.description.hasPrefix("content/defenders/x.md:1:1: error: cannot read file: "))
    }
}
