import Testing
@testable import CasebookKit

@Suite("Citation index: lists by what is cited, and patching them in a rebuild")
struct CitationIndexTests {
    /// A page's citations: a few targets, some at one location (as "articles 19 and 21 of the ICCPR" gives).
    static func entries(on page: Int, version: Int, using random: inout IncrementalBuildTests.Generator) -> [CitationIndex.Entry] {
        let targets: [CitationTarget] = ["iccpr", "cedaw", "udhr", "cat"].map { .instrument($0) } + ["A/HRC/40/60", "E/CN.4/1"].map { .external(symbol: $0) }
        let route = page % 3 == 0 ? Route.caseFile("c\(page / 3)") : .document(caseSlug: "c\(page / 3)", slug: "d\(page)")
        let date = Day(year: 2020 + page % 4, month: 1 + version % 12, day: 1)!
        return (0..<Int.random(in: 0...6, using: &random)).map { position in
            let citation = Citation(
                target: targets.randomElement(using: &random)!, article: String(Int.random(in: 1...30, using: &random)), paragraph: nil,
                text: "article", sentence: "v\(version)", location: SourceLocation(path: route.path, line: 1 + position / 2, column: 1))
            return CitationIndex.Entry(citation: citation, source: route, sourceTitle: "Page \(page)", caseSlug: "c\(page / 3)", date: date)
        }
    }

    @Test("an index patched page by page equals one built whole, after edits, new pages and removed ones")
    func patchedEqualsWhole() {
        var random = IncrementalBuildTests.Generator(state: 19)
        var pages = Dictionary(uniqueKeysWithValues: (0..<60).map { ($0, Self.entries(on: $0, version: 0, using: &random)) })
        var index = CitationIndex(pages.keys.sorted().flatMap { pages[$0]! })
        for step in 1...40 {
            let changed = (0..<Int.random(in: 1...4, using: &random)).map { _ in Int.random(in: 0..<70, using: &random) }
            let before = changed.flatMap { pages[$0] ?? [] }
            for page in Set(changed) {
                pages[page] = Bool.random(using: &random) && pages[page] != nil ? nil : Self.entries(on: page, version: step, using: &random)
            }
            let routes = Set(changed.map { $0 % 3 == 0 ? Route.caseFile("c\($0 / 3)") : .document(caseSlug: "c\($0 / 3)", slug: "d\($0)") })
            index = index.replacing(Array(Set(before)), with: Set(changed).flatMap { pages[$0] ?? [] }, on: routes)
            let whole = CitationIndex(pages.keys.sorted().flatMap { pages[$0]! })
            #expect(index.byInstrument == whole.byInstrument, "step \(step)")
            #expect(index.bySymbol == whole.bySymbol, "step \(step)")
            #expect(index.byCase == whole.byCase, "step \(step)")
        }
    }
}
