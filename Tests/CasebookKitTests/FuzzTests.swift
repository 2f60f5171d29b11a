import Foundation
import Testing
@testable import CasebookKit

/// Thousands of mutated content files and Markdown texts: never a crash or a hang, always either a
/// value or at least one diagnostic.
@Suite("Fuzzing content and Markdown")
struct FuzzTests {
    /// A small deterministic generator, so that a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        mutating func int(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }
    }

    static let seeds: [(ContentPath, String)] = {
        let base = TestSupport.repository.appendingPathComponent("Tests/CasebookKitTests/Fixtures/valid/base/content")
        let read = { (path: String) in (try? String(contentsOf: base.appendingPathComponent(path), encoding: .utf8)) ?? "" }
        return [
            (.caseIndex(folder: "shymkent-2021"), read("cases/shymkent-2021/index.md")),
            (.document(folder: "shymkent-2021", file: "al-kaz-4-2021"), read("cases/shymkent-2021/al-kaz-4-2021.md")),
            (.defender(file: "gulzada-serzhan"), read("defenders/gulzada-serzhan.md")),
            (.mandate(file: "sr-human-rights-defenders"), read("mandates/sr-human-rights-defenders.md")),
            (.organization(file: "feminita"), read("organizations/feminita.md")),
        ]
    }()

    static let fragments: [[UInt8]] = [
        ":", "- ", "[", "]", "{", "}", "&a ", "*a", "!!binary ", "|\n", ">\n", "%YAML 1.2\n", "@", "\t", "---\n", "...\n",
        "\"", "'", "#", "\n  - x: [", "? ", "!!python/object ", "<<: *a", "\u{0}", "\u{FEFF}", "::: private\n", "\r\n",
        "article 19 of the ICCPR", "articles 1, 2 and (", "resolution 43/", "A/HRC/", "(Vol. ", "general comment No. ", "the Covenant",
        "`code", "[link](javascript:", "![i](http://x/", "<script>", "\\", "\u{202E}", "é", "😀",
    ].map { Array($0.utf8) }

    static func mutate(_ text: [UInt8], _ random: inout Generator) -> [UInt8] {
        var bytes = text
        for _ in 0...random.int(4) {
            let at = random.int(bytes.count + 1)
            switch random.int(8) {
            case 0: if !bytes.isEmpty { bytes[min(at, bytes.count - 1)] = UInt8(random.int(256)) }
            case 1: bytes.insert(contentsOf: fragments[random.int(fragments.count)], at: at)
            case 2: bytes = Array(bytes.prefix(at))
            case 3: if at < bytes.count { bytes.removeSubrange(at..<min(bytes.count, at + random.int(40))) }
            case 4: bytes.insert(contentsOf: (0..<random.int(64)).map { _ in UInt8(random.int(256)) }, at: at)
            case 5: bytes.insert(contentsOf: Array(repeating: UInt8(ascii: "["), count: 200 + random.int(2000)), at: at)
            case 6: bytes.insert(contentsOf: Array(repeating: UInt8(ascii: "a"), count: 100_000), at: at)
            default: bytes.insert(contentsOf: bytes[at...].prefix(random.int(200)), at: at)
            }
        }
        return bytes
    }

    @Test("mutated content files always give a value or a diagnostic", arguments: 0..<5)
    func contentFiles(seedIndex: Int) {
        let (place, text) = Self.seeds[seedIndex]
        var random = Generator(state: UInt64(seedIndex + 1))
        var outcomes = (values: 0, errors: 0)
        for _ in 0..<600 {
            let bytes = Self.mutate(Array(text.utf8), &random)
            switch SourceFile.decode(Data(bytes), path: "fuzz.md") {
            case .failure(let diagnostic):
                #expect(diagnostic.severity == .error)
                outcomes.errors += 1
            case .success(let source):
                let parsed = ContentFileParser(defaultLanguage: "en").parse(source, as: place)
                #expect(parsed.item != nil || parsed.diagnostics.containsErrors)
                if parsed.item != nil { outcomes.values += 1 } else { outcomes.errors += 1 }
            }
        }
        #expect(outcomes.values + outcomes.errors == 600)
    }

    @Test("mutated Markdown renders and scans without crashing", arguments: 0..<4)
    func markdown(seedIndex: Int) {
        var random = Generator(state: UInt64(100 + seedIndex))
        let catalog = InstrumentCatalog(ScannerCatalog.instruments)
        let linker = BodyLinker(catalog: catalog)
        let text = Array(Self.seeds[1].1.utf8)
        for _ in 0..<250 {
            let bytes = Self.mutate(text, &random)
            let source = String(decoding: bytes, as: UTF8.self)
            let linked = linker.link(MarkdownText(source, start: SourceLocation(path: "fuzz.md")), on: .caseFile("x"))
            #expect(!linked.rendered.html.contains("<script"))
        }
    }
}
