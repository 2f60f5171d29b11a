import Foundation
import Testing
@testable import CasebookKit

/// Incremental builds must never differ from full builds: after every step of a seeded random sequence of
/// edits, additions, renames, deletions and errors, the incrementally updated folder is compared byte for
/// byte with a fresh full build of the same project.
@Suite("Incremental builds agree with full builds", .serialized)
struct IncrementalBuildTests {
    /// A small deterministic random source, so a failing sequence can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state ^ (state >> 29)
        }
    }

    /// A copy of the two-country fixture with its own templates, so both can be edited.
    static func project(multilingual: Bool = false) throws -> URL {
        let root = try TestSupport.temporaryFolder("casebook-incremental")
        let fixture = TestSupport.repository.appendingPathComponent("Tests/CasebookKitTests/Fixtures/sites/two-countries")
        for name in ["content", "casebook.yml"] {
            try FileManager.default.copyItem(at: fixture.appendingPathComponent(name), to: root.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(at: TestSupport.validTemplates(), to: root.appendingPathComponent("templates"))
        // Two to a page, so that added and removed cases move others between the pages of lists.
        let config = root.appendingPathComponent("casebook.yml")
        var settings = try String(contentsOf: config, encoding: .utf8) + "page_size: 2\n"
        if multilingual { settings = settings.replacingOccurrences(of: "language: en", with: "languages: [en, ru]") }
        try settings.write(to: config, atomically: true, encoding: .utf8)
        return root
    }

    static func options(_ root: URL, output: String) -> BuildOptions {
        var options = BuildOptions(root: root, output: root.appendingPathComponent(output))
        options.publication = Publication(now: Day(iso: "2026-01-01")!)
        return options
    }

    static func caseText(title: String, country: String, year: Int, article: Int) -> String {
        """
        ---
        title: "\(title)"
        summary: "A summary of \(title)."
        country: \(country)
        date: \(year)-0\(article % 9 + 1)-1\(article % 9)
        status: reply-awaited
        defenders: [a-defender]
        violations: [arbitrary detention]
        ---

        The authorities breached article \(article) of the ICCPR and the right to a fair trial.
        """
    }

    /// Rewrites every line of a file that matches `pattern`.
    static func replace(_ pattern: String, with replacement: String, in url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression).write(to: url, atomically: true, encoding: .utf8)
    }

    /// The Russian translation of the first case, at `step`.
    static func caseTranslation(step: Int) -> String {
        """
        ---
        translation: unofficial
        translated_by: "Редакция \(step)"
        title: "Задержание правозащитника, шаг \(step)"
        summary: "Правозащитника задержали."
        violations: ["произвольное задержание"]
        actions: ["Напишите властям."]
        timeline:
          - date: 2020-03-01
            event: "Задержан."
          - date: 2020-03-02
            event: "Освобождён."
        ---

        Правозащитника задержали в нарушение статьи 9 МПГПП (шаг \(step)).
        """
    }

    @Test("random steps: every incremental build equals a full build, and an error leaves the folder as it was", arguments: [false, true])
    func randomSequence(multilingual: Bool) throws {
        let root = try Self.project(multilingual: multilingual)
        let content = root.appendingPathComponent("content")
        var incremental = IncrementalBuilder(options: Self.options(root, output: "incremental"))
        var random = Generator(state: 2026)
        var added: [String] = []
        let manager = FileManager.default
        func write(_ text: String, _ path: String) throws { try TestSupport.write(text, to: path, in: content) }
        func append(_ text: String, to path: String) throws {
            let url = content.appendingPathComponent(path)
            try (String(contentsOf: url, encoding: .utf8) + text).write(to: url, atomically: true, encoding: .utf8)
        }
        _ = try incremental.build()
        for step in 1...(multilingual ? 30 : 60) {
            let kind = Int.random(in: 0..<(multilingual ? 17 : 14), using: &random)
            var failing = false
            switch kind {
            case 0:
                try append("\n\nStep \(step): article \(step % 26 + 1) of the ICCPR was breached again.\n", to: "cases/first-case/index.md")
            case 1:
                let slug = "added-\(step)"
                let country = ["KAZ", "KGZ", "FRA"].randomElement(using: &random)!
                try write(Self.caseText(title: "Added case \(step)", country: country, year: 2018 + step % 5, article: step % 26 + 1), "cases/\(slug)/index.md")
                added.append(slug)
            case 2 where !added.isEmpty:
                let slug = added.remove(at: Int.random(in: 0..<added.count, using: &random))
                try manager.removeItem(at: content.appendingPathComponent("cases/\(slug)"))
            case 3 where !added.isEmpty:
                let index = Int.random(in: 0..<added.count, using: &random)
                let renamed = "renamed-\(step)"
                try manager.moveItem(at: content.appendingPathComponent("cases/\(added[index])"), to: content.appendingPathComponent("cases/\(renamed)"))
                added[index] = renamed
            case 4:
                try write("---\nname: A. Defender \(step)\nvariants: [A. Defendr]\ncountry: FRA\norganizations: [an-ngo]\nfocus: [women's rights]\n---\n\nA profile, step \(step).\n", "defenders/a-defender.md")
            case 5:
                let url = content.appendingPathComponent("instruments/iccpr.md")
                let text = try String(contentsOf: url, encoding: .utf8)
                try text.replacingOccurrences(of: #"(?m)^title: .*$"#, with: "title: International Covenant \(step)", options: .regularExpression)
                    .write(to: url, atomically: true, encoding: .utf8)
            case 6 where step.isMultiple(of: 2):
                // A template's own text, with the strings unchanged: the set must be read again, not reused.
                try Self.replace(#"<p class="case-summary-text"[^>]*>"#, with: #"<p class="case-summary-text" data-step="\#(step)">"#,
                    in: root.appendingPathComponent("templates/case-summary.mustache"))
            case 6:
                for file in multilingual ? ["strings.yml", "strings.ru.yml"] : ["strings.yml"] {
                    let url = root.appendingPathComponent("templates/" + file)
                    try (String(contentsOf: url, encoding: .utf8) + "\nnav_cases_step_\(step): \"x\"\n")
                        .replacingOccurrences(of: #"nav_cases: "[^"]*""#, with: "nav_cases: \"Cases \(step)\"", options: .regularExpression)
                        .write(to: url, atomically: true, encoding: .utf8)
                }
            case 7:
                try write("---\ntitle: \"Reply \(step)\"\nkind: government-reply\nissuer: \"Government\"\nreference: \"REP \(step)\"\ndate: 2020-0\(step % 9 + 1)-01\n---\n\nWe reject article 9 of the ICCPR claims.\n", "cases/first-case/reply-\(step).md")
            case 8:
                let country = ["KAZ", "KGZ", "FRA"].randomElement(using: &random)!
                try Self.replace(#"(?m)^country: .*$"#, with: "country: \(country)", in: content.appendingPathComponent("cases/first-case/index.md"))
                try Self.replace(#"(?m)^summary: .*$"#, with: "summary: \"Summary \(step).\"", in: content.appendingPathComponent("cases/first-case/index.md"))
            case 9:
                // A profile that stops being public must vanish from every page that named it.
                let visibility = ["public", "pseudonymous", "withheld"].randomElement(using: &random)!
                let name = visibility == "public" ? "A. Defender" : "Quilla Hiddleston"
                let pseudonym = visibility == "pseudonymous" ? "pseudonym: \"Pseudo \(step)\"\n" : ""
                try write("---\nname: \(name)\nvisibility: \(visibility)\n\(pseudonym)country: KGZ\norganizations: [an-ngo]\n---\n\nA profile.\n", "defenders/a-defender.md")
            case 10:
                try Self.replace(#"(?m)^name: .*$"#, with: "name: An NGO \(step)", in: content.appendingPathComponent("organizations/an-ngo.md"))
            case 11:
                try Self.replace(#"(?m)^title: .*$"#, with: "title: \"Fixture \(step)\"", in: root.appendingPathComponent("casebook.yml"))
                try Self.replace(#"(?m)^page_size: .*$"#, with: "page_size: \(Int.random(in: 1...3, using: &random))", in: root.appendingPathComponent("casebook.yml"))
            case 12:
                // The first case links its related communication only while a document has its reference.
                let reference = ["UA KGZ 1/2021", "UA KGZ 2/2021"].randomElement(using: &random)!
                try Self.replace(#"(?m)^reference: .*$"#, with: "reference: \"\(reference)\"", in: content.appendingPathComponent("cases/second-case/appeal.md"))
            case 13 where multilingual, 14:
                try write(Self.caseTranslation(step: step), "cases/first-case/index.ru.md")
            case 15:
                try? manager.removeItem(at: content.appendingPathComponent("cases/first-case/index.ru.md"))
            case 16:
                try write("---\ntranslation: official\nname: \"НКО, шаг \(step)\"\n---\n\nОрганизация.\n", "organizations/an-ngo.ru.md")
            default:
                try write("---\ntitle: [unclosed\n---\n", "cases/broken/index.md")
                failing = true
            }
            let before = try SiteFiles(root.appendingPathComponent("incremental")).files
            if failing {
                #expect(throws: DiagnosticsError.self) { _ = try incremental.build() }
                #expect(try SiteFiles(root.appendingPathComponent("incremental")).files == before, "step \(step): an error changed the folder")
                try manager.removeItem(at: content.appendingPathComponent("cases/broken"))
            }
            _ = try incremental.build()
            let fullOutput = "full-\(step)"
            _ = try SiteBuilder(options: Self.options(root, output: fullOutput)).build()
            let full = try SiteFiles(root.appendingPathComponent(fullOutput)).files
            let updated = try SiteFiles(root.appendingPathComponent("incremental")).files
            #expect(updated.keys.sorted() == full.keys.sorted(), "step \(step) (kind \(kind)): the same files")
            let differing = full.keys.filter { updated[$0] != full[$0] }.sorted()
            #expect(differing.isEmpty, "step \(step) (kind \(kind)): \(differing.prefix(5))")
            try manager.removeItem(at: root.appendingPathComponent(fullOutput))
        }
    }
}
