import Testing
@testable import CasebookKit

/// What a profile that asks for protection makes the build look for, and what it reports about itself.
@Suite("Protection list")
struct ProtectionListTests {
    static let location = SourceLocation(path: "content/defenders/x.md")

    static func defender(
        _ name: String, _ visibility: Defender.Visibility = .withheld, slug: String = "x", variants: [String] = [],
        pseudonym: String? = nil, allowed: [String] = []
    ) -> Defender {
        Defender(
            slug: slug, name: name, variants: variants, visibility: visibility, pseudonym: pseudonym, withheldAs: nil,
            allowed: allowed, country: nil, organizations: [], focus: [], body: MarkdownText("", start: location),
            location: location)
    }

    static func messages(_ defenders: [Defender]) -> [String] {
        ProtectionList(ContentSet(defenders: defenders)).diagnostics.map(\.message.text)
    }

    static func found(_ text: String, in defenders: [Defender], caseSlug: String? = nil) -> [String] {
        let list = ProtectionList(ContentSet(defenders: defenders))
        return list.hits(in: FoldedText(text), caseSlug: caseSlug).map { list.entries[$0.entry].written }
    }

    @Test("a name in any order of its parts is found, initials or not")
    func orders() {
        let defenders = [Self.defender("Anna Maria Kowalczyk")]
        #expect(Self.found("Kowalczyk, Anna Maria", in: defenders) == ["Anna Maria Kowalczyk"])
        #expect(Self.found("Maria Anna Kowalczyk", in: defenders) == ["Anna Maria Kowalczyk"])
        #expect(Self.found("A. Kowalczyk", in: [Self.defender("A. Kowalczyk")]) == ["A. Kowalczyk"])
    }

    @Test("a name declined as Russian declines it is found in every case, in any script; other names are not")
    func declined() {
        let zhanar = [Self.defender("Zhanar Sekerbayeva")]
        for text in ["Жанар Секербаевой", "Жанар Секербаеву", "Секербаевой Жанар", "Zhanar Sekerbayevoy", "о Жанар Секербаевой и других"] {
            #expect(Self.found(text, in: zhanar) == ["Zhanar Sekerbayeva"], "\(text)")
        }
        let ivan = [Self.defender("Ivan Petrov")]
        for text in ["Ивана Петрова", "Ивану Петрову", "Иваном Петровым", "об Иване Петрове", "Petrovym Ivanom"] {
            #expect(Self.found(text, in: ivan) == ["Ivan Petrov"], "\(text)")
        }
        let gulzada = [Self.defender("Gulzada Serzhan")]
        #expect(Self.found("Гульзаду Сержан", in: gulzada) == ["Gulzada Serzhan"])
        #expect(Self.found("Гульзадой Сержан", in: gulzada) == ["Gulzada Serzhan"])
        #expect(Self.found("Zhanara Sekerova", in: zhanar) == [])
        #expect(Self.found("Ivanova Petra", in: ivan) == [])
        // The surname alone, declined, on the pages of the cases about her.
        let list = ProtectionList(ContentSet(cases: [], defenders: zhanar))
        #expect(NameDeclension.allForms(of: FoldedText("Sekerbayeva").keys).count > 4)
        #expect(list.isEmpty == false)
    }

    @Test("a short name is matched only as whole words, a long one inside words too")
    func anchoring() {
        #expect(Self.found("Li Na", in: [Self.defender("Li Na")]) == ["Li Na"])
        #expect(Self.found("Carolina", in: [Self.defender("Li Na")]) == [])
        #expect(Self.found("#FreeZhanarSekerbayeva", in: [Self.defender("Zhanar Sekerbayeva")]) == ["Zhanar Sekerbayeva"])
    }

    @Test("the surname alone is looked for on the pages of the defender's cases only")
    func surname() {
        var content = ContentSet(defenders: [Self.defender("Zhanar Sekerbayeva")])
        content.cases = []
        let list = ProtectionList(content)
        #expect(list.hits(in: FoldedText("Sekerbayeva"), caseSlug: nil).isEmpty)
        #expect(list.hits(in: FoldedText("Sekerbayeva"), caseSlug: nil, everywhere: true).count == 1)
    }

    @Test("names too short to look for are errors in the profile, with the way out")
    func tooShort() {
        #expect(Self.messages([Self.defender("Bo")]) == [
            "'Bo' of defender 'x' is too short to look for safely (fewer than 4 letters); write the name in full or add a longer variant that identifies them"
        ])
        #expect(Self.messages([Self.defender("Wei Li")]) == [
            "the surname 'Li' of defender 'x' is too short to look for on its own; add the forms it is written in to 'variants' (e.g. with a given name or title), and list 'Li' under 'allow' to accept that it alone is not looked for"
        ])
        #expect(Self.messages([Self.defender("Wei Li", allowed: ["Li"])]) == [])
    }

    @Test("a pseudonym that contains the real name is an error")
    func pseudonym() {
        #expect(Self.messages([Self.defender("Zhanar Sekerbayeva", .pseudonymous, pseudonym: "Zhanar S.")]) == [])
        #expect(Self.messages([Self.defender("Zhanar Sekerbayeva", .pseudonymous, pseudonym: "Ms Sekerbayeva")]) == [
            "'Ms Sekerbayeva' would reveal the protected name of defender 'x'; choose a pseudonym or description that does not contain it"
        ])
    }

    @Test("a protected part in a public name is reported until the profile allows that name; the name itself cannot be allowed")
    func overlaps() {
        let anna = Self.defender("Anna Petrovskaya", .public, slug: "anna")
        #expect(Self.messages([Self.defender("Ivan Petrovskaya"), anna]) == [
            "'Petrovskaya', part of the protected name of defender 'x', is also in the public name 'Anna Petrovskaya'; if that name may be published, list it under 'allow' in this profile"
        ])
        #expect(Self.messages([Self.defender("Ivan Petrovskaya", allowed: ["Anna Petrovskaya"]), anna]) == [])
        #expect(Self.found("Anna Petrovskaya", in: [Self.defender("Ivan Petrovskaya", allowed: ["Anna Petrovskaya"]), anna], caseSlug: nil) == [])
        #expect(Self.messages([Self.defender("Ivan Petrovskaya", allowed: ["Ivan Petrovskaya"])]) == [
            "'allow' may list public names that share a part of the protected name, not the name itself: 'Ivan Petrovskaya' would publish defender 'x''s name"
        ])
    }

    @Test("private values are looked for when long enough to mean something")
    func privateValues() {
        var content = ContentSet()
        content.privateValues = ["+7 701 555 0101", "yes", "2021", "Aigerim Bekova"].map { Located($0, at: Self.location) }
        let list = ProtectionList(content)
        #expect(list.entries.map(\.written) == ["+7 701 555 0101", "Aigerim Bekova"])
        #expect(list.hits(in: FoldedText("call 8 (701) 555-0101 or +7-701-555-01-01"), caseSlug: nil).count == 1)
    }
}
