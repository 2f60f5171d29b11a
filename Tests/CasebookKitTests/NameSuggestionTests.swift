import Testing
@testable import CasebookKit

@Suite("NameSuggestion")
struct NameSuggestionTests {
    static let caseKeys = [
        "title", "summary", "country", "place", "date", "updated", "status", "reply_due", "defenders",
        "organizations", "violations", "mandates", "actions", "authorities", "timeline", "related", "slug",
    ]

    @Test("suggests the nearest key for a typo", arguments: [
        ("defender", "defenders"),
        ("organisations", "organizations"),
        ("sumary", "summary"),
        ("titl", "title"),
        ("replydue", "reply_due"),
        ("Country", "country"),  // case is ignored when measuring
        ("mandate", "mandates"),
    ])
    func suggestsNearest(name: String, expected: String) {
        #expect(NameSuggestion.nearest(to: name, in: Self.caseKeys) == expected)
    }

    @Test("suggests nothing for names that are not near any candidate", arguments: [
        "author", "xyz", "victims", "description", "kind", "a",
    ])
    func noSuggestionForFarNames(name: String) {
        #expect(NameSuggestion.nearest(to: name, in: Self.caseKeys) == nil)
    }

    @Test("suggests nothing when there are no candidates")
    func noCandidates() {
        #expect(NameSuggestion.nearest(to: "defender", in: [String]()) == nil)
    }

    @Test("the allowed distance grows with the length of the name, up to 3")
    func distanceLimit() {
        // Short names allow one edit.
        #expect(NameSuggestion.nearest(to: "ab", in: ["abc"]) == "abc")
        #expect(NameSuggestion.nearest(to: "ab", in: ["abcd"]) == nil)
        // Six characters allow two edits, not three.
        #expect(NameSuggestion.nearest(to: "abcdef", in: ["abcdxy"]) == "abcdxy")
        #expect(NameSuggestion.nearest(to: "abcdef", in: ["abcxyz"]) == nil)
        // Long names allow at most three edits.
        #expect(NameSuggestion.nearest(to: "abcdefghijklmnop", in: ["abcdefghijklmxyz"]) == "abcdefghijklmxyz")
        #expect(NameSuggestion.nearest(to: "abcdefghijklmnop", in: ["abcdefghijklwxyz"]) == nil)
    }

    @Test("prefers the closer of two candidates")
    func prefersCloser() {
        #expect(NameSuggestion.nearest(to: "statuss", in: ["state", "status"]) == "status")
        #expect(NameSuggestion.nearest(to: "statuss", in: ["status", "state"]) == "status")
    }

    @Test("breaks ties alphabetically, whatever the order of the candidates")
    func tiesAreDeterministic() {
        let candidates = ["DZA", "KNA", "TZA"]
        for order in [candidates, candidates.reversed(), ["TZA", "DZA", "KNA"]] {
            #expect(NameSuggestion.nearest(to: "KZA", in: order) == "DZA")
        }
        #expect(NameSuggestion.nearest(to: "cat", in: Set(["bat", "hat", "rat", "cab"])) == "bat")
    }

    @Test("country codes: a one-letter slip finds the code")
    func countryCodes() {
        #expect(NameSuggestion.nearest(to: "KAX", in: Country.allCodes) == "KAZ")
        #expect(NameSuggestion.nearest(to: "UK", in: Country.allCodes) == "UKR")
        #expect(NameSuggestion.nearest(to: "QQQ", in: Country.allCodes) == nil)
    }

    @Test("edit distance", arguments: [
        ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("kitten", "sitting", 3), ("flaw", "lawn", 2),
        ("defender", "defenders", 1), ("é", "e", 1),
    ])
    func editDistance(a: String, b: String, expected: Int) {
        #expect(NameSuggestion.editDistance(a, b) == expected)
        #expect(NameSuggestion.editDistance(b, a) == expected)
    }
}
