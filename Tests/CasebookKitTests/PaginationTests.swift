import Testing
@testable import CasebookKit

@Suite("Pages of long lists")
struct PaginationTests {
    static let strings = InterfaceStrings(table: [
        "page_title": "{title}, page {page} of {pages}", "pager_position": "Page {page} of {pages}",
    ])

    @Test("a list is cut into pages of the configured size, and an empty list still has its page")
    func pageCounts() {
        #expect([0, 1, 20, 21, 40, 41].map { Pagination.pageCount(count: $0, size: 20) } == [1, 1, 1, 2, 2, 3])
        let last = Pagination(.caseList, page: 3, count: 41, size: 20)
        #expect(last.range == 40..<60)
        #expect(Array(0..<41).clamped(to: last.range) == [40])
        #expect(Array(0..<41).clamped(to: 60..<80).isEmpty)
    }

    @Test("later pages live under page/N/ and are titled with their number; a single page is not")
    func routesAndTitles() {
        let second = Pagination(.country("KAZ"), page: 2, count: 45, size: 20)
        #expect(second.route == .page(.country("KAZ"), 2))
        #expect(second.title("Kazakhstan", strings: Self.strings) == "Kazakhstan, page 2 of 3")
        #expect(second.backToList == "../../")
        #expect(second.isLater)
        let only = Pagination(.country("KAZ"), page: 1, count: 20, size: 20)
        #expect(only.title("Kazakhstan", strings: Self.strings) == "Kazakhstan")
        #expect(only.pager(strings: Self.strings) == nil)
        #expect(only.backToList == "")
    }

    @Test("the pager links the first and last pages and two either side of the current one, with gaps between")
    func pagerWindow() throws {
        let pager = try #require(Pagination(.caseList, page: 50, count: 4_000, size: 20).pager(strings: Self.strings))
        #expect(pager.links.map(\.number) == [1, 0, 48, 49, 50, 51, 52, 0, 200])
        #expect(pager.links.filter { $0.href == nil }.count == 2)
        #expect(pager.links.filter(\.current).map(\.number) == [50])
        #expect(pager.previous == "../../../cases/page/49/index.html")
        #expect(pager.next == "../../../cases/page/51/index.html")
        #expect(pager.position == "Page 50 of 200")
        #expect(pager.later)
        let first = try #require(Pagination(.caseList, page: 1, count: 100, size: 20).pager(strings: Self.strings))
        #expect(first.links.map(\.number) == [1, 2, 3, 0, 5])
        #expect(first.previous == nil)
        #expect(first.links[1].href == "../cases/page/2/index.html")
        #expect(!first.later)
    }
}
