import Testing
@testable import CasebookKit

@Suite("Russian declension")
struct DeclensionTests {
    @Test("a name's words match their case forms", arguments: [
        ("международный", ["международного", "международному", "международным", "международном", "международный"]),
        ("пакт", ["пакта", "пакту", "пактом", "пакте"]),
        ("правах", ["права", "прав", "правам", "правами"]),
        ("декларация", ["декларации", "декларацию", "декларацией"]),
    ])
    func forms(word: String, forms: [String]) throws {
        let stem = try #require(Declension.stem(word))
        for form in forms { #expect(Declension.matches(form, stem: stem), "\(form)") }
    }

    @Test("other words sharing a beginning do not match", arguments: [
        ("правах", ["правда", "правило", "правление"]),
        ("пакт", ["пактовый", "пакетом"]),
        ("человека", ["человечество", "человечный"]),
    ])
    func others(word: String, others: [String]) throws {
        let stem = try #require(Declension.stem(word))
        for other in others { #expect(!Declension.matches(other, stem: stem), "\(other)") }
    }

    @Test("short and non-Cyrillic words have no stem")
    func noStem() {
        #expect(Declension.stem("о") == nil && Declension.stem("по") == nil && Declension.stem("pacte") == nil)
    }
}
