import Foundation
@testable import CasebookKit

/// A small site with a withheld defender (Zhanar Sekerbayeva) and private values, with one probe's payload
/// written into one place.
struct ProtectionProbeSite {
    /// Where a payload goes.
    enum Place: String, CaseIterable, Sendable {
        case caseBody, documentBody, caseSummary, caseTitle, casePlace, timelineEvent, actions, violations, authorityRole
        case authorityName, authorityTwitter, instrumentTitle, relatedNote, relatedReference, documentTitle, documentIssuer, documentReference, signatoryRole
        case sourceURL, organizationName, organizationShortName, organizationBody, mandateName, mandateBody, instrumentBody
        case publicFocus, publicVariants, publicProfileBody, siteDescription, siteTitle, withheldAs, caseFolder, documentFile, caseSlug
        case interfaceString, asset, privateField
        /// Places in the Russian translations of a site in English and Russian.
        case translationTitle, translationBody, translationEvent, translatedDocumentBody, translatedWithheldAs

        var isTranslation: Bool { rawValue.hasPrefix("translat") }
    }

    let root: URL
    let options: BuildOptions

    /// One file's text changed: `old` replaced by `new` in the file at `path`.
    struct Edit: Sendable {
        var path: String
        var old: String
        var new: String
    }

    init(_ place: Place, _ payload: String, edit: Edit? = nil) throws {
        root = try TestSupport.temporaryFolder("casebook-probe")
        let templates = root.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: TestSupport.validTemplates(), to: templates)
        var files = Self.files
        if place.isTranslation {
            files.merge(Self.translations) { _, translation in translation }
            files["casebook.yml"] = files["casebook.yml"]?.replacingOccurrences(of: "language: en", with: "languages: [en, ru]")
        }
        func field(_ marker: String) { files = files.mapValues { $0.replacingOccurrences(of: "@\(marker)@", with: Self.yaml(payload)) } }
        func body(_ marker: String) { files = files.mapValues { $0.replacingOccurrences(of: "@\(marker)@", with: payload) } }
        switch place {
        case .caseBody: body("caseBody")
        case .translationBody: body("translationBody")
        case .translatedDocumentBody: body("translatedDocumentBody")
        case .documentBody: body("documentBody")
        case .organizationBody: body("organizationBody")
        case .mandateBody: body("mandateBody")
        case .instrumentBody: body("instrumentBody")
        case .publicProfileBody: body("publicBody")
        case .sourceURL:
            let encoded = payload.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? payload
            files = files.mapValues { $0.replacingOccurrences(of: "@sourceURL@", with: "/" + Self.yaml(encoded)) }
        case .caseFolder, .documentFile, .caseSlug:
            let slug = Slug.make(from: payload)
            files = Dictionary(uniqueKeysWithValues: files.map { path, text in
                var path = path
                if place == .caseFolder { path = path.replacingOccurrences(of: "cases/case-one/", with: "cases/\(slug)/") }
                if place == .documentFile { path = path.replacingOccurrences(of: "letter.md", with: "\(slug).md") }
                return (path, place == .caseSlug ? text.replacingOccurrences(of: "@slug@", with: "slug: \(slug)") : text)
            })
        case .interfaceString:
            let strings = templates.appendingPathComponent("strings.yml")
            let text = try String(contentsOf: strings, encoding: .utf8)
            try text.replacingOccurrences(of: "\nnav_home: ", with: "\nnav_home: \"\(Self.yaml(payload))\"\nunused_probe: ")
                .write(to: strings, atomically: true, encoding: .utf8)
        case .asset: try TestSupport.write("/* \(payload) */\n", to: "assets/probe.css", in: templates)
        default: field(place.rawValue)
        }
        if let edit { files[edit.path] = files[edit.path]?.replacingOccurrences(of: edit.old, with: edit.new) }
        for (path, text) in files {
            let cleared = text.replacingOccurrences(of: #"@[A-Za-z]+@"#, with: "", options: .regularExpression)
            try TestSupport.write(cleared, to: path, in: root)
        }
        var options = BuildOptions(root: root, templates: templates, output: root.appendingPathComponent("site"))
        options.publication = Publication(now: Day(iso: "2026-01-01")!)
        self.options = options
    }

    /// A payload escaped for the inside of a YAML double-quoted string.
    static func yaml(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t")
    }

    /// Traces of the protected values in the built site: its paths and bytes lowercased, without marks and
    /// with every character but letters and digits dropped (a check independent of Casebook's own folding;
    /// the surname alone may stand outside the pages of her case).
    func traces() throws -> [String] {
        let site = try SiteFiles(options.output)
        let secrets = ["zhanarsekerbayeva", "sekerbayevazhanar", "zhanarsekerbaeva", "жанарсекербаева", "77015550101", "aigerimnurlanovna"]
        return site.files.flatMap { path, data -> [String] in
            let text = (path + " " + String(decoding: data, as: UTF8.self)).decomposedStringWithCompatibilityMapping.lowercased()
            let letters = String(text.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
            return secrets.filter(letters.contains).map { "\(path): \($0)" }
        }
    }

    /// The Russian translations of the case, its letter and the withheld defender's profile.
    static let translations: [String: String] = [
        "content/cases/case-one/index.ru.md": """
            ---
            translation: unofficial
            translated_by: "Редакция"
            title: "Задержание в Шымкенте @translationTitle@"
            summary: "На двух правозащитниц напали."
            place: "Шымкент"
            violations: ["произвольное задержание"]
            actions: ["Освободить их."]
            timeline:
              - date: 2021-05-29
                event: "Нападение. @translationEvent@"
            ---

            Их задержали в нарушение статьи 19 МПГПП.

            @translationBody@
            """,
        "content/cases/case-one/letter.ru.md": """
            ---
            translation: unofficial
            translated_by: "Редакция"
            title: "Письмо об утверждениях"
            ---

            Ваше Превосходительство, мы пишем о нападении.

            @translatedDocumentBody@
            """,
        "content/defenders/zs.ru.md": """
            ---
            translation: unofficial
            translated_by: "Редакция"
            withheld_as: "правозащитница @translatedWithheldAs@"
            ---

            Её профиль не публикуется.
            """,
    ]

    static let files: [String: String] = [
        "casebook.yml": "title: \"Probe site @siteTitle@\"\ndescription: \"Cases. @siteDescription@\"\nlanguage: en\n",
        "content/defenders/zs.md": """
            ---
            name: "Zhanar Sekerbayeva"
            variants: ["Zhanar Sekerbaeva"]
            visibility: withheld
            withheld_as: "a woman human rights defender @withheldAs@"
            private:
              phone: "+7 701 555 0101"
              contact: "Aigerim Nurlanovna Bekova"
              note: "@privateField@"
            ---

            Her own profile, never published.
            """,
        "content/defenders/pub.md": "---\nname: \"Gulzada Serzhan\"\nvariants: [\"G. Serzhan @publicVariants@\"]\nfocus: [\"women's rights @publicFocus@\"]\norganizations: [ngo]\n---\n\nA founder. @publicBody@\n",
        "content/organizations/ngo.md": "---\nname: \"Feminita @organizationName@\"\nshort_name: \"FM @organizationShortName@\"\ncountry: KAZ\n---\n\nA collective. @organizationBody@\n",
        "content/mandates/sr.md": "---\nname: \"Special Rapporteur on defenders @mandateName@\"\nshort_name: \"SR\"\n---\n\nA mandate. @mandateBody@\n",
        "content/instruments/iccpr.md": """
            ---
            title: "International Covenant on Civil and Political Rights@instrumentTitle@"
            short_names: [ICCPR]
            kind: treaty
            articles:
              - number: "19"
                title: "Freedom of expression"
            ---

            The Covenant. @instrumentBody@
            """,
        "content/cases/case-one/index.md": """
            ---
            title: "Detention in Shymkent @caseTitle@"
            summary: "Two defenders were attacked. @caseSummary@"
            country: KAZ
            place: "Shymkent @casePlace@"
            date: 2021-05-29
            status: ongoing
            defenders: [pub, zs]
            organizations: [ngo]
            mandates: [sr]
            violations: ["arbitrary detention @violations@"]
            actions: ["Release them. @actions@"]
            authorities:
              - name: "Prosecutor General @authorityName@"
                role: "Prosecutor @authorityRole@"
                twitter: "prosecutor@authorityTwitter@"
            timeline:
              - date: 2021-05-29
                event: "Attack. @timelineEvent@"
            related:
              - reference: "UA 1/2021 @relatedReference@"
                note: "A note. @relatedNote@"
            @slug@
            ---

            They were detained in breach of article 19 of the ICCPR.

            @caseBody@
            """,
        "content/cases/case-one/letter.md": """
            ---
            title: "Allegation letter @documentTitle@"
            kind: allegation-letter
            issuer: "Special Procedures @documentIssuer@"
            reference: "AL KAZ 4/2021 @documentReference@"
            date: 2021-07-15
            mandates: [sr]
            signatories:
              - name: "A. Rapporteur"
                role: "Special Rapporteur @signatoryRole@"
            source_url: "https://example.org/letter@sourceURL@"
            ---

            Excellency, we write about the attack.

            @documentBody@
            """,
    ]
}
