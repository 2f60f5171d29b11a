import Testing
@testable import CasebookKit

@Suite("Pages of long lists")
struct PaginationTests {
    static let strings = InterfaceStrings(table: [
        "page_title": "{title}, page {page}", "pager_position": "Page {page}", "pager_latest": "Latest",
    ])

    @Test("only full pages are archived, numbered from the oldest; the front page shows the newest")
    func archivePages() {
        #expect([0, 1, 20, 21, 39, 40, 41].map { Pagination.archiveCount(count: $0, size: 20) } == [0, 0, 0, 1, 1, 2, 2])
        let third = Pagination.archive(.caseList, page: 3, hasNewer: false, size: 20)
        #expect(third.positions(count: 0) == 40..<60)
        #expect(third.positions(count: 1_000) == 40..<60)
        #expect(Array(0..<70).reversed().fromOldest(third.positions(count: 70)) == Array(40..<60).reversed()[...])
        let front = Pagination.front(.caseList, count: 41, size: 20)
        #expect(front.positions(count: 41) == 21..<41)
        #expect(Pagination.front(.caseList, count: 5, size: 20).positions(count: 5) == 0..<5)
        #expect(Array(0..<5).fromOldest(40..<60).isEmpty)
    }

    @Test("archive pages live under page/N/ and are titled with their number; the front page is not")
    func routesAndTitles() {
        let second = Pagination.archive(.country("KAZ"), page: 2, hasNewer: true, size: 20)
        #expect(second.route == .page(.country("KAZ"), 2))
        #expect(Pagination.archive(.country("KAZ"), page: 1, hasNewer: true, size: 20).route == .page(.country("KAZ"), 1))
        #expect(second.title("Kazakhstan", strings: Self.strings) == "Kazakhstan, page 2")
        #expect(second.backToList == "../../")
        #expect(second.isArchive)
        let only = Pagination.front(.country("KAZ"), count: 20, size: 20)
        #expect(only.route == .country("KAZ"))
        #expect(only.title("Kazakhstan", strings: Self.strings) == "Kazakhstan")
        #expect(only.pager(strings: Self.strings) == nil)
        #expect(only.backToList == "")
        #expect(Pagination.front(.country("KAZ"), count: 45, size: 20).title("Kazakhstan", strings: Self.strings) == "Kazakhstan")
    }

    @Test("an archive page links the front page, the next page once it holds what the front page does not, two older ones and the first")
    func archivePager() throws {
        let pager = try #require(Pagination.archive(.caseList, page: 50, hasNewer: true, size: 20).pager(strings: Self.strings))
        #expect(pager.latest == PagerView.Link(number: 0, href: "../../../cases/index.html", current: false))
        #expect(pager.links.map(\.number) == [51, 50, 49, 48, 0, 1])
        #expect(pager.links.filter(\.current).map(\.number) == [50])
        #expect(pager.previous == "../../../cases/page/51/index.html")
        #expect(pager.next == "../../../cases/page/49/index.html")
        #expect(pager.position == "Page 50")
        #expect(pager.later)
        let newest = try #require(Pagination.archive(.caseList, page: 50, hasNewer: false, size: 20).pager(strings: Self.strings))
        #expect(newest.links.map(\.number) == [50, 49, 48, 0, 1])
        #expect(newest.previous == "../../../cases/index.html")
        let oldest = try #require(Pagination.archive(.caseList, page: 1, hasNewer: true, size: 20).pager(strings: Self.strings))
        #expect(oldest.links.map(\.number) == [2, 1])
        #expect(oldest.next == nil)
    }

    @Test("the front page links its older page: the archive page with the newest case it does not show")
    func frontPager() throws {
        let partial = try #require(Pagination.front(.caseList, count: 4_005, size: 20).pager(strings: Self.strings))
        #expect(partial.latest.current)
        #expect(partial.links.map(\.number) == [200, 199, 198, 0, 1])
        #expect(partial.previous == nil)
        #expect(partial.next == "../cases/page/200/index.html")
        #expect(partial.position == "Latest")
        #expect(!partial.later)
        // With a whole number of pages, the newest archive page shows what the front page does.
        let whole = try #require(Pagination.front(.caseList, count: 4_000, size: 20).pager(strings: Self.strings))
        #expect(whole.links.map(\.number) == [199, 198, 197, 0, 1])
        #expect(Pagination.front(.caseList, count: 21, size: 20).pager(strings: Self.strings)?.links.map(\.number) == [1])
    }
}
