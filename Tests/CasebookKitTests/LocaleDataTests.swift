import Foundation
import Testing
@testable import CasebookKit

/// Dates, numbers, counted words and the order of names in each shipped language, against CLDR's data as
/// Foundation carries it.
@Suite("Dates, numbers, plural forms and order per language")
struct LocaleDataTests {
    static let templates = Result { () -> TemplateSet in
        let (set, diagnostics) = TemplateSet.load(
            from: try TestSupport.validTemplates(), displayPath: { $0.lastPathComponent }, languages: ["en", "fr", "es", "ru", "ar"])
        guard let set, diagnostics.isEmpty else { throw DiagnosticsError(diagnostics) }
        return set
    }

    /// CLDR's long date for a day, as Foundation formats it (English as written in Britain, day first).
    static func cldrDate(_ day: Day, language: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language == "en" ? "en_GB" : language)
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.setLocalizedDateFormatFromTemplate("dMMMMy")
        var components = DateComponents()
        (components.year, components.month, components.day) = (day.year, day.month, day.day)
        return formatter.string(from: Calendar(identifier: .gregorian).date(from: components)!)
    }

    @Test("every month of every shipped language is written as CLDR writes a date (Russian in the genitive, Arabic with its comma)",
          arguments: ["en", "fr", "es", "ru", "ar"])
    func dates(language: String) throws {
        let strings = try Self.templates.get().language(language).strings
        for month in 1...12 {
            let day = try #require(Day(iso: String(format: "2021-%02d-13", month)))
            #expect(strings.format(day) == Self.cldrDate(day, language: language), "\(language) month \(month)")
        }
        #expect(try Self.templates.get().language("ru").strings.format(try #require(Day(iso: "2021-09-13"))) == "13 сентября 2021\u{202F}г.")
        #expect(try Self.templates.get().language("ar").strings.format(try #require(Day(iso: "2021-09-13"))) == "13 سبتمبر، 2021")
    }

    @Test("counted words take the form CLDR gives the count in each language, the number written as the language writes it")
    func plurals() throws {
        let set = try Self.templates.get()
        let russian = set.language("ru").strings, arabic = set.language("ar").strings, french = set.language("fr").strings
        #expect([1, 2, 5, 11, 21, 22, 25, 101].map { russian.plural("cases_count", $0) }
            == ["1 дело", "2 дела", "5 дел", "11 дел", "21 дело", "22 дела", "25 дел", "101 дело"])
        #expect([1, 2, 5, 21].map { russian.plural("in_cases_count", $0) } == ["в 1 деле", "в 2 делах", "в 5 делах", "в 21 деле"])
        #expect(russian.plural("cases_count", 1234) == "1\u{00A0}234 дела")
        #expect([0, 1, 2, 3, 11, 100].map { arabic.plural("cases_count", $0) }
            == ["لا قضايا", "قضية واحدة", "قضيتان", "3 قضايا", "11 قضية", "100 قضية"])
        #expect([1, 2, 1_000_000].map { french.plural("cases_count", $0) } == ["1 cas", "2 cas", "1\u{202F}000\u{202F}000 de cas"])
        #expect(set.strings.plural("citations_count", 1) == "1 citation" && set.strings.plural("citations_count", 12_345) == "12,345 citations")
        #expect(set.language("es").strings.number(1234) == "1234" && set.language("es").strings.number(12_345) == "12.345")
        // Each language's file has exactly the forms its language uses.
        for language in ["en", "fr", "es", "ru", "ar"] {
            let strings = set.language(language).strings
            let forms = strings.pluralForms("search_result").map(\.category)
            #expect(forms == (PluralRules.categories(of: language) ?? []).map(\.rawValue), "\(language)")
        }
    }

    @Test("names are listed in each language's order")
    func collation() {
        let names = ["Zoe", "Жанар", "Élise", "Eve", "Ёлкин", "Елена", "ahmed", "Ahmed"]
        let english = Collation.shared.sorted(names, kind: "test", language: "en", name: { $0 }, tiebreak: { $0 })
        #expect(english == ["ahmed", "Ahmed", "Élise", "Eve", "Zoe", "Елена", "Ёлкин", "Жанар"])
        let russian = Collation.shared.sorted(names, kind: "test", language: "ru", name: { $0 }, tiebreak: { $0 })
        #expect(russian == ["Елена", "Ёлкин", "Жанар", "ahmed", "Ahmed", "Élise", "Eve", "Zoe"])
        // The same list again is the kept order.
        #expect(Collation.shared.sorted(names, kind: "test", language: "ru", name: { $0 }, tiebreak: { $0 }) == russian)
    }
}
