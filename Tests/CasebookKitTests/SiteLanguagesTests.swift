import Foundation
import Testing
@testable import CasebookKit

/// A site in several languages: `languages` in `casebook.yml`, the default language at the site's own URLs,
/// every other under `/<tag>/` with the same paths, each with its interface strings.
@Suite("Site languages")
struct SiteLanguagesTests {
    /// The valid base fixture with `casebook.yml` replaced by `config`, built in memory.
    static func build(config: String) throws -> [String: String] {
        let root = try TestSupport.temporaryFolder("casebook-languages")
        let base = try InvalidFixtureTests.fixture("valid", "base")
        try FileManager.default.copyItem(at: base.appendingPathComponent("content"), to: root.appendingPathComponent("content"))
        try TestSupport.write(config, to: "casebook.yml", in: root)
        let checked = try SiteBuilder(options: BuildOptions(root: root, templates: TestSupport.validTemplates())).check()
        return Dictionary(uniqueKeysWithValues: checked.files.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
    }

    static let threeLanguages = Result { try build(config: "title: \"Defenders\"\nbase_url: https://cases.example.org/\nlanguages: [en, ru, ar]\n") }

    @Test("languages are read in order, the first the default; 'language' alone is a one-language site")
    func config() throws {
        let folder = try TestSupport.temporaryFolder()
        func load(_ text: String) throws -> (SiteConfig, [String]) {
            try TestSupport.write(text, to: "casebook.yml", in: folder)
            let (config, diagnostics) = SiteConfig.load(from: folder.appendingPathComponent("casebook.yml"), displayPath: "casebook.yml")
            return (config, diagnostics.map(\.description))
        }
        let (many, manyProblems) = try load("languages: [ru, en, pt-BR]\n")
        #expect(manyProblems.isEmpty)
        #expect(many.languages == ["ru", "en", "pt-BR"] && many.defaultLanguage == "ru" && many.language == "ru")
        #expect(many.folder(of: "ru") == "" && many.folder(of: "en") == "en/" && many.folder(of: "pt-BR") == "pt-br/")
        let (one, oneProblems) = try load("language: fr\n")
        #expect(oneProblems.isEmpty)
        #expect(one.languages == ["fr"] && !one.isMultilingual)
        let (none, _) = try load("title: x\n")
        #expect(none.languages == ["en"])
        // The description: one text in the default language, or one per language, the default's required.
        let (described, describedProblems) = try load("languages: [en, ru, ar]\ndescription:\n  en: Cases\n  ru: Дела\n")
        #expect(describedProblems.isEmpty && described.description == "Cases")
        #expect(described.making("ru").description == "Дела" && described.making("ru").descriptionLanguage == nil)
        #expect(described.making("ar").description == "Cases" && described.making("ar").descriptionLanguage == "en")
        let (_, wrong) = try load("languages: [en, ru]\ndescription:\n  ru: Дела\n  de: Fälle\n")
        #expect(wrong == [
            "casebook.yml:3:3: error: the site has no language 'de' (casebook.yml: languages en, ru); add it there, or remove this translation",
            "casebook.yml:3:3: error: missing required key 'en'",
        ])
    }

    @Test("every other language's pages are under its folder with the same paths; the default keeps the site's URLs")
    func sameRoutes() throws {
        let files = try Self.threeLanguages.get()
        let single = try Self.build(config: "title: \"Defenders\"\nbase_url: https://cases.example.org/\n")
        let pages = Set(single.keys.filter { $0.hasSuffix(".html") && $0 != "404.html" })
        #expect(!pages.isEmpty)
        for folder in ["ru/", "ar/"] {
            let inFolder = Set(files.keys.filter { $0.hasPrefix(folder) && $0.hasSuffix(".html") }.map { String($0.dropFirst(folder.count)) })
            #expect(inFolder == pages, "\(folder): \(inFolder.symmetricDifference(pages).sorted())")
            for data in ["search/index.json", "data/cases.json", "data/cases.csv", "feed.xml"] {
                #expect(files[folder + data] != nil, "no \(folder + data)")
            }
            #expect(files[folder + "404.html"] == nil && files[folder + "sitemap.xml"] == nil)
        }
        #expect(Set(files.keys.filter { $0.hasSuffix(".html") && !$0.hasPrefix("ru/") && !$0.hasPrefix("ar/") }) == pages.union(["404.html"]))
    }

    @Test("a page in Russian has the Russian interface, dates, country names, and reaches the shared assets")
    func russianPage() throws {
        let page = try #require(try Self.threeLanguages.get()["ru/cases/shymkent-2021/index.html"])
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"ru\" dir=\"ltr\">"))
        #expect(page.contains("<link rel=\"stylesheet\" href=\"../../../assets/style.css\">"))
        // Its text, in English only, is no Russian version: the page names the English one canonical.
        #expect(page.contains("<link rel=\"canonical\" href=\"https://cases.example.org/cases/shymkent-2021/\">"))
        #expect(page.contains(">Дела</a>"))
        #expect(page.contains("<time datetime=\"2021-05-29\">29 мая 2021\u{202F}г.</time>"))
        #expect(page.contains(">Казахстан</a>"))
        #expect(!page.contains(">Kazakhstan</a>"))
        // The case's text is not translated: it keeps its language.
        #expect(page.contains("<h1 lang=\"en\" dir=\"ltr\">Arrest of Gulzada Serzhan in Shymkent</h1>"))
        let search = try #require(try Self.threeLanguages.get()["ru/search/index.html"])
        #expect(search.contains("data-root=\"../\""))
        #expect(search.contains("<script src=\"../../assets/search.js\" defer></script>"))
    }

    @Test("a page in Arabic is laid out right to left")
    func arabicPage() throws {
        let files = try Self.threeLanguages.get()
        let home = try #require(files["ar/index.html"])
        #expect(home.hasPrefix("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"))
        #expect(home.contains("<link rel=\"stylesheet\" href=\"../assets/style.css\">"))
        let casePage = try #require(files["ar/cases/shymkent-2021/index.html"])
        #expect(casePage.contains("<time datetime=\"2021-05-29\">29 مايو، 2021</time>"))
        #expect(casePage.contains("<h1 lang=\"en\" dir=\"ltr\">"))
    }

    @Test("the shipped interface strings load for English, French, Spanish, Russian and Arabic, each with every key")
    func shippedStrings() throws {
        let (set, diagnostics) = TemplateSet.load(
            from: try TestSupport.validTemplates(), displayPath: { $0.lastPathComponent }, languages: ["en", "fr", "es", "ru", "ar"])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let templates = try #require(set)
        let english = templates.strings.table
        let families = InterfaceStrings.pluralFamilies(in: english.keys)
        let plain = { (table: [String: String]) in Set(table.keys.filter { InterfaceStrings.pluralForm($0, families: families) == nil }) }
        for language in ["fr", "es", "ru", "ar"] {
            let strings = templates.language(language).strings
            #expect(strings.language == language)
            #expect(plain(strings.table) == plain(english))
            let forms = Set(try #require(PluralRules.categories(of: language)).flatMap { category in families.map { "\($0)_\(category.rawValue)" } })
            #expect(Set(strings.table.keys).subtracting(plain(english)) == forms, "\(language)")
            #expect(strings["nav_cases"] != english["nav_cases"], "\(language) is not translated")
        }
    }

    @Test("the default language's strings come from strings.<tag>.yml when there is one, else strings.yml")
    func defaultStringsFile() throws {
        let (set, diagnostics) = TemplateSet.load(from: try TestSupport.validTemplates(), displayPath: { $0.lastPathComponent }, languages: ["ru", "en"])
        #expect(diagnostics.map(\.description) == [
            "templates:1:1: error: the site has language 'en' but no interface strings for it: add strings.en.yml with every key of the default language's strings"
        ])
        #expect(set == nil)
        let (russian, none) = TemplateSet.load(from: try TestSupport.validTemplates(), displayPath: { $0.lastPathComponent }, languages: ["ru", "fr"])
        #expect(none.isEmpty)
        #expect(russian?.strings["nav_cases"] == "Дела")
    }

    static let multilingual = Result {
        let fixture = TestSupport.repository.appendingPathComponent("Tests/CasebookKitTests/Fixtures/sites/multilingual")
        let checked = try SiteBuilder(options: BuildOptions(root: fixture, templates: TestSupport.validTemplates())).check()
        return Dictionary(uniqueKeysWithValues: checked.files.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
    }

    static func alternates(_ page: String) -> [String] {
        page.split(separator: "\n").filter { $0.hasPrefix("<link rel=\"alternate\" hreflang=") }.map(String.init)
    }

    @Test("a page is a version in a language only where its texts are in it: hreflang and the switcher list those; a page showing an original in another language's pages names the original canonical")
    func versions() throws {
        let files = try Self.multilingual.get()
        let base = "https://cases.example.org/multi/"
        // The case is translated into Russian and Arabic: three versions, reciprocal, x-default the default language.
        let set = [
            "<link rel=\"alternate\" hreflang=\"en\" href=\"\(base)cases/almaty-2022/\">",
            "<link rel=\"alternate\" hreflang=\"ru\" href=\"\(base)ru/cases/almaty-2022/\">",
            "<link rel=\"alternate\" hreflang=\"ar\" href=\"\(base)ar/cases/almaty-2022/\">",
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"\(base)cases/almaty-2022/\">",
        ]
        for page in ["cases/almaty-2022/index.html", "ru/cases/almaty-2022/index.html", "ar/cases/almaty-2022/index.html"] {
            #expect(Self.alternates(try #require(files[page])) == set, "\(page)")
        }
        // The appeal has an official Russian version, not an Arabic one: the Arabic page shows the English
        // original, names it canonical and is in no set; its switcher lists the two versions.
        let arabicAppeal = try #require(files["ar/cases/almaty-2022/appeal/index.html"])
        #expect(Self.alternates(arabicAppeal).isEmpty)
        #expect(arabicAppeal.contains("<link rel=\"canonical\" href=\"\(base)cases/almaty-2022/appeal/\">"))
        #expect(arabicAppeal.contains("<li><a href=\"../../../../cases/almaty-2022/appeal/index.html\" lang=\"en\" hreflang=\"en\">English</a></li>"))
        #expect(arabicAppeal.contains("<li><a href=\"../../../../ru/cases/almaty-2022/appeal/index.html\" lang=\"ru\" hreflang=\"ru\">Русский</a></li>"))
        #expect(!arabicAppeal.contains("aria-current=\"true\""))
        #expect(Self.alternates(try #require(files["cases/almaty-2022/appeal/index.html"])).map { $0.contains("hreflang=\"ar\"") } == [false, false, false])
        // The government's reply exists in Russian only: one version, no set and no switcher there; the
        // English and Arabic pages name it canonical and link to it.
        let reply = try #require(files["ru/cases/almaty-2022/otvet/index.html"])
        #expect(Self.alternates(reply).isEmpty && !reply.contains("language-switcher"))
        #expect(try #require(files["cases/almaty-2022/otvet/index.html"]).contains("<link rel=\"canonical\" href=\"\(base)ru/cases/almaty-2022/otvet/\">"))
        // Lists exist in every language.
        #expect(Self.alternates(try #require(files["ru/cases/index.html"])).count == 4)
    }

    @Test("the sitemap lists every version of every page with its alternates, and no page that names another canonical")
    func sitemap() throws {
        let xml = try #require(try Self.multilingual.get()["sitemap.xml"])
        let base = "https://cases.example.org/multi/"
        #expect(xml.contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">"))
        #expect(xml.contains("<url><loc>\(base)ar/cases/almaty-2022/</loc><lastmod>2022-04-02</lastmod><xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"\(base)cases/almaty-2022/\"/><xhtml:link rel=\"alternate\" hreflang=\"ru\" href=\"\(base)ru/cases/almaty-2022/\"/><xhtml:link rel=\"alternate\" hreflang=\"ar\" href=\"\(base)ar/cases/almaty-2022/\"/><xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(base)cases/almaty-2022/\"/></url>"))
        #expect(xml.contains("<url><loc>\(base)ru/cases/almaty-2022/otvet/</loc><lastmod>2022-05-20</lastmod></url>"))
        #expect(!xml.contains("<loc>\(base)cases/almaty-2022/otvet/</loc>"))
        #expect(!xml.contains("<loc>\(base)ar/cases/almaty-2022/appeal/</loc>"))
        #expect(xml.contains("<loc>\(base)ar/cases/</loc>"))
    }

    @Test("each language has its exports and feeds; cases.json lists each case's languages with their addresses and what each version is")
    func exports() throws {
        let files = try Self.multilingual.get()
        let base = "https://cases.example.org/multi/"
        func cases(_ path: String) throws -> [[String: Any]] {
            let data = Data(try #require(files[path]).utf8)
            return try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["cases"] as? [[String: Any]])
        }
        let russian = try cases("ru/data/cases.json")
        let almaty = try #require(russian.first { $0["slug"] as? String == "almaty-2022" })
        #expect(almaty["title"] as? String == "Задержание А. Правозащитницы в Алматы" && almaty["language"] as? String == "ru")
        let versions = try #require(almaty["languages"] as? [[String: Any]])
        #expect(versions.map { $0["language"] as? String } == ["en", "ru", "ar"])
        #expect(versions.map { $0["url"] as? String } == ["\(base)cases/almaty-2022/", "\(base)ru/cases/almaty-2022/", "\(base)ar/cases/almaty-2022/"])
        #expect(versions[0]["original"] as? Bool == true && versions[1]["translation"] as? String == "unofficial")
        #expect(versions[1]["translated_by"] as? String == "Casebook editors")
        let documents = try #require(almaty["documents"] as? [[String: Any]])
        let reply = try #require(documents.first { $0["slug"] as? String == "otvet" })
        #expect((reply["languages"] as? [[String: Any]])?.map { $0["language"] as? String } == ["ru"])
        let appeal = try #require(documents.first { $0["slug"] as? String == "appeal" })
        #expect((appeal["languages"] as? [[String: Any]])?.last?["translation"] as? String == "official")
        let bishkek = try #require(russian.first { $0["slug"] as? String == "bishkek-2023" })
        #expect(bishkek["language"] as? String == "en" && (bishkek["languages"] as? [[String: Any]])?.count == 1)
        // The Russian feed names the texts it holds in English.
        let feed = try #require(files["ru/feed.xml"])
        #expect(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ru\">"))
        #expect(feed.contains("<entry xml:lang=\"en\">\n<title>Fine imposed on A. Defender in Bishkek</title>"))
        #expect(feed.contains("<entry>\n<title>Задержание А. Правозащитницы в Алматы</title>"))
        // A site in one language keeps its exports as they were.
        let single = try Self.build(config: "title: \"Defenders\"\nbase_url: https://cases.example.org/\n")
        #expect(!(try #require(single["data/cases.json"])).contains("\"languages\""))
    }
}
