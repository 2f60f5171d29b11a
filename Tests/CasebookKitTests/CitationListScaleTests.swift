import Testing
@testable import CasebookKit

/// A citation list costs time and memory in proportion to its length, however long it is.
@Suite("Citation lists at scale")
struct CitationListScaleTests {
    /// Addresses of the storage of each long string, to count how many distinct copies the citations hold.
    static func storages(_ strings: [String]) -> Set<UInt> {
        Set(strings.compactMap { string in
            string.utf8.withContiguousStorageIfAvailable { UInt(bitPattern: $0.baseAddress) }
        })
    }

    @Test("a list of 20,000 articles gives 20,000 citations sharing one phrase and one sentence")
    func longList() {
        let count = 20_000
        let list = (1..<count).map(String.init).joined(separator: ", ") + " and \(count)"
        let linked = CitationMarkdownLinkingTests.link("The State violated articles \(list) of the ICCPR.\n")
        #expect(linked.citations.count == count)
        #expect(linked.citations.map(\.article) == (1...count).map(String.init))
        #expect(linked.rendered.html.components(separatedBy: "<a href=").count == count + 2)
        // Each citation would otherwise hold its own copy of the whole list: memory in the square of its length.
        #expect(Self.storages(linked.citations.map(\.text)).count == 1)
        #expect(Self.storages(linked.citations.map(\.sentence)).count == 1)
        #expect(linked.citations.allSatisfy { $0.text.count <= Sentence.maximumLength && $0.sentence.count <= Sentence.maximumLength })
        #expect(linked.citations.last?.location.column == 29 + list.utf8.count - 5)
    }
}
