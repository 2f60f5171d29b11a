import Testing
@testable import CasebookKit

@Suite("Instrument names")
struct InstrumentNamesTests {
    static let names = InstrumentNames([
        .init(text: "Criminal Code", exactCase: false, slug: "kaz-criminal-code", country: "KAZ"),
        .init(text: "Criminal Code", exactCase: false, slug: "arm-criminal-code", country: "ARM"),
        .init(text: "Criminal Code of Kazakhstan", exactCase: false, slug: "kaz-criminal-code"),
        .init(text: "Criminal Code of Armenia", exactCase: false, slug: "arm-criminal-code"),
        .init(text: "CAT", exactCase: true, slug: "cat"),
        .init(text: "Café Convention", exactCase: false, slug: "cafe"),
    ])

    /// The slug of the longest name at the start of `text`, and how many tokens it takes.
    static func longest(_ text: String, country: String? = nil) -> String? {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(bytes)
        guard let group = names.groups[tokens[0].folded(in: bytes)],
            let (slug, end) = names.longest(group, in: bytes, tokens, at: 0, country: country)
        else { return nil }
        return "\(slug) \(end)"
    }

    @Test("the longest name wins, in any case")
    func longestName() {
        #expect(Self.longest("criminal code of Armenia, article 5") == "arm-criminal-code 4")
        #expect(Self.longest("CRIMINAL CODE OF KAZAKHSTAN") == "kaz-criminal-code 4")
    }

    @Test("a name for one country's texts counts only in them")
    func country() {
        #expect(Self.longest("Criminal Code, article 5") == nil)
        #expect(Self.longest("Criminal Code, article 5", country: "KAZ") == "kaz-criminal-code 2")
        #expect(Self.longest("Criminal Code, article 5", country: "ARM") == "arm-criminal-code 2")
        #expect(Self.longest("Criminal Code of Armenia", country: "KAZ") == "arm-criminal-code 4")
    }

    @Test("an abbreviation matches only as written")
    func exactCase() {
        #expect(Self.longest("CAT") == "cat 1")
        #expect(Self.longest("Cat") == nil)
    }

    @Test("non-ASCII words match as Strings do, in either normalization form")
    func nonASCII() {
        #expect(Self.longest("Café CONVENTION") == "cafe 2")
        #expect(Self.longest("cafe\u{0301} convention") == "cafe 2")
    }
}
