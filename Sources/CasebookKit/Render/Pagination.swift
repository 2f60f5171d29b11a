/// One page of a long list: which positions it shows and how it links to the list's other pages.
///
/// The first page lives at the list's own route; page `n` at `…/page/n/` (`Route.page`).
struct Pagination: Sendable, Hashable {
    /// The list's route, which is its first page's.
    let list: Route
    /// The page's number, from 1.
    let number: Int
    /// How many pages the list has; at least 1, so an empty list still has its page.
    let pageCount: Int
    let size: Int

    /// Page `number` of `list`, whose longest part holds `count` items shown `size` to a page.
    init(_ list: Route, page number: Int, count: Int, size: Int) {
        self.list = list
        self.number = number
        self.pageCount = Self.pageCount(count: count, size: size)
        self.size = size
    }

    /// How many pages `count` items take, `size` to a page.
    static func pageCount(count: Int, size: Int) -> Int { max(1, (count + size - 1) / size) }

    /// Where the page is written.
    var route: Route { list.paged(number) }

    /// The positions the page shows.
    var range: Range<Int> { (number - 1) * size..<number * size }

    /// The relative way from this page's folder back to the list's: empty on the first page.
    var backToList: String { String(repeating: "../", count: route.depth - list.depth) }

    /// Whether the page comes after the first, which alone shows the list's introduction.
    var isLater: Bool { number > 1 }

    /// `title` as the page names itself: the list's title, with its page number after the first.
    func title(_ title: String, strings: InterfaceStrings) -> String {
        guard pageCount > 1 else { return title }
        return numbered(strings["page_title"].filling(["title": title]))
    }

    /// The links to the other pages, or nil when the list fits on one.
    func pager(strings: InterfaceStrings) -> PagerView? {
        guard pageCount > 1 else { return nil }
        let from = route
        func href(_ page: Int) -> String { from.href(to: list.paged(page)) }
        var links: [PagerView.Link] = []
        for page in shownNumbers {
            if let last = links.last?.number, page > last + 1 { links.append(PagerView.Link(number: 0, href: nil, current: false)) }
            links.append(PagerView.Link(number: page, href: href(page), current: page == number))
        }
        return PagerView(
            position: numbered(strings["pager_position"]),
            later: isLater, previous: number > 1 ? href(number - 1) : nil, next: number < pageCount ? href(number + 1) : nil,
            links: links)
    }

    /// `text` with `{page}` and `{pages}` replaced by this page's number and the list's page count.
    private func numbered(_ text: String) -> String {
        text.filling(["page": String(number), "pages": String(pageCount)])
    }

    /// The first and last pages and the two either side of this one; the rest are gaps.
    private var shownNumbers: [Int] {
        Set([1, pageCount] + Array(max(1, number - 2)...min(pageCount, number + 2))).sorted()
    }
}
