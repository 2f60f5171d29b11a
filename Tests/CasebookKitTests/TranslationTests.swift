import Foundation
import Testing
@testable import CasebookKit

/// Translations of content beside their originals (`index.ru.md` beside `index.md`): what they may give,
/// what they inherit, how they are checked, and what the pages of each language show.
@Suite("Translations of content")
struct TranslationTests {
    /// A project of the valid base fixture in English and Russian, with `files` written over it.
    static func project(_ files: [String: String], languages: String = "[en, ru]") throws -> URL {
        let root = try TestSupport.temporaryFolder("casebook-translations")
        let base = try InvalidFixtureTests.fixture("valid", "base")
        try FileManager.default.copyItem(at: base.appendingPathComponent("content"), to: root.appendingPathComponent("content"))
        try TestSupport.write("title: \"Defenders\"\nbase_url: https://cases.example.org/\nlanguages: \(languages)\n", to: "casebook.yml", in: root)
        for (path, text) in files { try TestSupport.write(text, to: path, in: root) }
        return root
    }

    static func build(_ root: URL) throws -> [String: String] {
        let checked = try SiteBuilder(options: BuildOptions(root: root, templates: TestSupport.validTemplates())).check()
        return Dictionary(uniqueKeysWithValues: checked.files.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
    }

    /// The diagnostics of checking `root`, with its folder taken out of paths and messages.
    static func diagnostics(_ root: URL) throws -> [String] {
        do {
            _ = try SiteBuilder(options: BuildOptions(root: root, templates: TestSupport.validTemplates())).check()
            return []
        } catch let error as DiagnosticsError {
            return InvalidFixtureTests.relativeDescriptions(error.diagnostics, fixture: root)
        }
    }

    static let caseTranslation = """
        ---
        translation: unofficial
        translated_by: "Casebook editors"
        title: "Арест Гульзады Сержан в Шымкенте"
        summary: "Гульзаду Сержан задержали на восемь часов после встречи, посвящённой правам женщин."
        violations: ["произвольное задержание"]
        ---

        29 мая 2021 года полиция задержала Гульзаду Сержан в Шымкенте.
        """

    @Test("a file whose name ends in a language tag is a translation of the file without it")
    func paths() {
        #expect(ContentPath(components: ["cases", "x", "index.ru.md"]) == .translation(of: .caseIndex(folder: "x"), language: "ru"))
        #expect(ContentPath(components: ["cases", "x", "al-kaz.pt-BR.md"]) == .translation(of: .document(folder: "x", file: "al-kaz"), language: "pt-BR"))
        #expect(ContentPath(components: ["defenders", "zs.kk.md"]) == .translation(of: .defender(file: "zs"), language: "kk"))
        #expect(ContentPath(components: ["cases", "x", "report.2021.md"]) == .document(folder: "x", file: "report.2021"))
        #expect(ContentPath(components: ["defenders", "zs.ru.en.md"]) == nil)
        #expect(ContentPath(components: ["defenders", ".ru.md"]) == .defender(file: ".ru"))
        #expect(Translation.originalPath(of: "content/cases/x/index.ru.md", language: "ru") == "content/cases/x/index.md")
    }

    @Test("what a translation may give, what it inherits: a non-translatable key names the original it comes from")
    func schema() {
        #expect(Translation.schemaKeys["case"]?.isSuperset(of: ["title", "country", "date", "defenders", "slug", "private", "language"]) == true)
        #expect(Translation.shapes(of: .caseIndex(folder: "x")).map(\.key) == ["title", "summary", "place", "violations", "actions", "timeline", "authorities", "related"])
        #expect(Translation.shapes(of: .document(folder: "x", file: "y")).map(\.key) == ["title", "issuer", "signatories"])
        #expect(Translation.shapes(of: .instrument(file: "y")).map(\.key) == ["title", "articles"])
    }

    @Test("the pages of each language show its translation, inheriting the rest; the others show the original")
    func pages() throws {
        let root = try Self.project(["content/cases/shymkent-2021/index.ru.md": Self.caseTranslation])
        let files = try Self.build(root)
        let russian = try #require(files["ru/cases/shymkent-2021/index.html"])
        #expect(russian.contains("<h1 lang=\"ru\" dir=\"ltr\">Арест Гульзады Сержан в Шымкенте</h1>"))
        #expect(russian.contains("<dd>произвольное задержание</dd>"))
        #expect(russian.contains("<time datetime=\"2021-05-29\">29 мая 2021\u{202F}г.</time>"), "the date is inherited")
        #expect(russian.contains(">Казахстан</a>"), "the country is inherited")
        #expect(russian.contains("Неофициальный перевод; переводчик: Casebook editors. Язык оригинала: английский. <a href=\"../../../cases/shymkent-2021/index.html\" hreflang=\"en\">Читать оригинал</a>"))
        let english = try #require(files["cases/shymkent-2021/index.html"])
        #expect(english.contains("<h1 lang=\"en\" dir=\"ltr\">Arrest of Gulzada Serzhan in Shymkent</h1>"))
        #expect(!english.contains("language-notice"))
        // The Russian list of cases shows the translated title; the letter, not translated, says so.
        let list = try #require(files["ru/cases/index.html"])
        #expect(list.contains("Арест Гульзады Сержан в Шымкенте"))
        let letter = try #require(files["ru/cases/shymkent-2021/al-kaz-4-2021/index.html"])
        #expect(letter.contains("<p class=\"language-notice\" role=\"note\">Этот документ доступен только в оригинале. Язык оригинала: английский.</p>"))
        #expect(letter.contains("<h1 lang=\"en\" dir=\"ltr\">"))
        // A profile that is not translated keeps its text's language on the Russian page.
        let profile = try #require(files["ru/defenders/gulzada-serzhan/index.html"])
        #expect(profile.contains("<div class=\"prose\" lang=\"en\" dir=\"ltr\">"))
        #expect(profile.contains("Текст этой страницы доступен только в оригинале. Язык оригинала: английский."))
    }

    @Test("each translated page names its own translator, though notices are made once per language")
    func translators() throws {
        let root = try Self.project([
            "content/cases/shymkent-2021/index.ru.md": Self.caseTranslation,
            "content/defenders/gulzada-serzhan.ru.md":
                "---\ntranslation: unofficial\ntranslated_by: \"Редакция\"\nname: \"Гульзада Сержан\"\nfocus: [\"права женщин\"]\n---\n\nОдна из основательниц «Феминиты».\n",
        ])
        let files = try Self.build(root)
        let caseNotice = try #require(files["ru/cases/shymkent-2021/index.html"])
        let profile = try #require(files["ru/defenders/gulzada-serzhan/index.html"])
        #expect(caseNotice.contains("Неофициальный перевод; переводчик: Casebook editors."))
        #expect(profile.contains("Неофициальный перевод; переводчик: Редакция."))
        #expect(!profile.contains("Casebook editors"))
    }

    @Test("a translation's own warnings are reported once, beside the original's, which are not repeated")
    func translationWarnings() throws {
        let cited = Self.caseTranslation + "\n\nСогласно статье 287 Уголовного кодекса Сирии это запрещено.\n"
        let root = try Self.project(["content/cases/shymkent-2021/index.ru.md": cited])
        let checked = try SiteBuilder(options: BuildOptions(root: root, templates: TestSupport.validTemplates())).check()
        let warnings = InvalidFixtureTests.relativeDescriptions(checked.warnings, fixture: root)
        #expect(warnings.contains { $0.hasPrefix("content/cases/shymkent-2021/index.ru.md:") && $0.contains("warning: citation of article 287") }, "\(warnings)")
        #expect(Set(warnings).count == warnings.count, "no warning twice: \(warnings)")
    }

    @Test("localized content: each text in the language shown, its versions and the language of its original")
    func localized() throws {
        let root = try Self.project([
            "content/cases/shymkent-2021/index.ru.md": Self.caseTranslation,
            "content/defenders/gulzada-serzhan.ru.md": "---\ntranslation: unofficial\ntranslated_by: \"Редакция\"\nname: \"Гульзада Сержан\"\nfocus: [\"права женщин\"]\n---\n\nОдна из основательниц «Феминиты».\n",
        ])
        let (content, diagnostics) = ContentLoader(root: root).load()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let russian = content.localized(to: "ru")
        let shown = try #require(russian.cases.first)
        #expect(shown.title == "Арест Гульзады Сержан в Шымкенте" && shown.country.value == "KAZ" && shown.language == "ru")
        let note = Localization.Note(status: .unofficial, translator: "Casebook editors")
        #expect(shown.localization == Localization(
            language: "ru", original: "en", translation: note, versions: ["en", "ru"], home: "en", translations: ["ru": note]))
        let document = try #require(shown.documents.first)
        #expect(document.language == "en" && document.localization?.versions == ["en"] && document.localization?.translation == nil)
        let defender = try #require(russian.defenders.first)
        #expect(defender.name == "Гульзада Сержан" && defender.variants.contains("Gulzada Serzhan") && defender.focus == ["права женщин"])
        let english = content.localized(to: "en")
        #expect(english.cases.first?.title == "Arrest of Gulzada Serzhan in Shymkent")
        #expect(english.cases.first?.localization?.versions == ["en", "ru"])
        #expect(english.defenders.first?.name == "Gulzada Serzhan")
        // A one-language site is as it was: nothing localized.
        var single = content
        single.config.languages = ["en"]
        #expect(single.localized(to: "en").cases.first?.localization == nil)
    }

    @Test("items of lists are translated item for item: a timeline keeps the original's dates, articles are found by number")
    func records() throws {
        let original = """
            ---
            title: "Arrest of Gulzada Serzhan in Shymkent"
            summary: "Held."
            country: KAZ
            date: 2021-05-29
            status: ongoing
            defenders: [gulzada-serzhan]
            timeline:
              - date: 2021-05-29
                event: "Arrest."
              - date: 2021-06-08
                event: "Appeal."
            authorities:
              - name: "President"
                role: "Head of State"
            ---

            Body.
            """
        let good = "---\ntranslation: official\ntitle: \"Арест\"\nsummary: \"Задержание.\"\ntimeline:\n  - date: 2021-05-29\n    event: \"Арест.\"\n  - date: 2021-06-08\n    event: \"Призыв.\"\nauthorities:\n  - name: \"Президент\"\n---\n\nТекст.\n"
        let root = try Self.project(["content/cases/shymkent-2021/index.md": original, "content/cases/shymkent-2021/index.ru.md": good])
        let (content, diagnostics) = ContentLoader(root: root).load()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let shown = try #require(content.localized(to: "ru").cases.first)
        #expect(shown.timeline.map(\.event) == ["Арест.", "Призыв."] && shown.timeline.map(\.date.iso) == ["2021-05-29", "2021-06-08"])
        #expect(shown.authorities.map(\.name) == ["Президент"] && shown.authorities.map(\.role) == ["Head of State"])
        let bad = good.replacingOccurrences(of: "2021-06-08", with: "2021-06-09").replacingOccurrences(of: "authorities:\n  - name: \"Президент\"\n", with: "")
        try TestSupport.write(bad, to: "content/cases/shymkent-2021/index.ru.md", in: root)
        #expect(try Self.diagnostics(root) == [
            "content/cases/shymkent-2021/index.ru.md:8:11: error: 'date' of this item of 'timeline' is '2021-06-08' in the original, and a translation gives the items in the original's order, found '2021-06-09'"
        ])
    }

    @Test("a withheld defender's name in a translation, in Cyrillic, is refused at its line; so is a translated protected name")
    func protectedNames() throws {
        let withheld = "---\nname: \"Zhanar Sekerbayeva\"\nvisibility: withheld\n---\n\nNever published.\n"
        let translation = Self.caseTranslation.replacingOccurrences(
            of: "29 мая 2021 года", with: "29 мая 2021 года Жанар\u{00A0}Секербаеву и")
        let root = try Self.project([
            "content/defenders/zs.md": withheld,
            "content/cases/shymkent-2021/index.ru.md": translation,
            "content/defenders/zs.ru.md": "---\ntranslation: unofficial\ntranslated_by: \"Редакция\"\nname: \"Жанна Иванова\"\n---\n",
        ])
        #expect(try Self.diagnostics(root) == [
            "content/cases/shymkent-2021/index.ru.md:9:18: error: 'Zhanar Sekerbayeva' names defender 'zs', whose visibility is withheld; remove it or mark the passage '::: private'",
            "content/defenders/zs.ru.md:4:7: error: the name of a defender whose visibility is withheld is published in no language, so it is not translated; translate 'pseudonym' or 'withheld_as' instead",
        ])
    }
}
