/// One page of a long list: which items it shows and how it links to the list's other pages.
///
/// A list reads newest first. Its front page, at the list's own route, shows the newest `size` items.
/// Its archive pages, at `…/page/n/` (`Route.page`), are numbered from the oldest: page `n` holds the
/// items `(n - 1) × size ..< n × size` counted from the oldest, and only full pages exist, so an archive
/// page shows the same items for as long as the list keeps them. The newest items short of a full page
/// are on the front page, so every item has a page. An archive page links only to pages that cannot
/// vanish when items are added: the front page, the pages before it, and the next one once that page
/// holds items the front page no longer shows.
struct Pagination: Sendable, Hashable {
    /// The list's route, which is its front page's.
    let list: Route
    /// The archive page's number, from 1 for the oldest items; 0 for the front page.
    let number: Int
    let size: Int
    /// On the front page, how many items the longest part of the list holds.
    private let count: Int
    /// On an archive page, whether the next archive page holds items the front page does not show.
    private let hasNewer: Bool

    /// The front page of `list`, whose longest part holds `count` items shown `size` to a page.
    static func front(_ list: Route, count: Int, size: Int) -> Pagination {
        Pagination(list: list, number: 0, size: size, count: count, hasNewer: false)
    }

    /// Archive page `number` of `list`; `hasNewer` tells whether the list's longest part holds more than
    /// `(number + 1) × size` items (`newerThreshold`), so that the next archive page holds items the
    /// front page does not show.
    static func archive(_ list: Route, page number: Int, hasNewer: Bool, size: Int) -> Pagination {
        Pagination(list: list, number: number, size: size, count: 0, hasNewer: hasNewer)
    }

    /// How many archive pages `count` items fill, `size` to a page: none while the front page shows them all.
    static func archiveCount(count: Int, size: Int) -> Int { count > size ? count / size : 0 }

    /// How many items a list must hold for archive page `number` to link to the next one.
    static func newerThreshold(page number: Int, size: Int) -> Int { (number + 1) * size }

    /// Where the page is written.
    var route: Route { list.paged(number) }

    /// The positions, counted from the oldest, of the items the page shows of a list part of `count`
    /// items; the front page shows the newest. An archive page's positions do not depend on `count`.
    func positions(count: Int) -> Range<Int> {
        isArchive ? (number - 1) * size..<number * size : max(0, count - size)..<count
    }

    /// The relative way from this page's folder back to the list's: empty on the front page.
    var backToList: String { String(repeating: "../", count: route.depth - list.depth) }

    /// Whether this is an archive page; only the front page shows the list's introduction.
    var isArchive: Bool { number > 0 }

    /// `title` as the page names itself: the list's title, with the archive page's number.
    func title(_ title: String, strings: InterfaceStrings) -> String {
        isArchive ? numbered(strings["page_title"].filling(["title": title])) : title
    }

    /// The links to the other pages, or nil when the list fits on its front page: the front page, then
    /// archive pages newest first; `previous` is the newer page and `next` the older.
    func pager(strings: InterfaceStrings) -> PagerView? {
        let newest = isArchive ? number + (hasNewer ? 1 : 0) : olderThanFront
        guard newest > 0 else { return nil }
        let from = route
        func href(_ page: Int) -> String { from.href(to: list.paged(page)) }
        var links: [PagerView.Link] = []
        for page in shownNumbers(from: newest) {
            if let last = links.last?.number, page < last - 1 { links.append(PagerView.Link(number: 0, href: nil, current: false)) }
            links.append(PagerView.Link(number: page, href: href(page), current: page == number))
        }
        return PagerView(
            position: isArchive ? numbered(strings["pager_position"]) : strings["pager_latest"], later: isArchive,
            latest: PagerView.Link(number: 0, href: href(0), current: !isArchive),
            previous: isArchive ? href(hasNewer ? number + 1 : 0) : nil,
            next: isArchive ? (number > 1 ? href(number - 1) : nil) : href(newest),
            links: links)
    }

    /// On the front page, the archive page holding the newest item it does not show; 0 when it shows all.
    private var olderThanFront: Int { count > size ? (count - size - 1) / size + 1 : 0 }

    /// `text` with `{page}` replaced by this page's number.
    private func numbered(_ text: String) -> String {
        text.filling(["page": String(number)])
    }

    /// From `newest` down: two pages either side of this one, and the first; the rest are gaps.
    private func shownNumbers(from newest: Int) -> [Int] {
        let around = isArchive ? max(1, number - 2)...newest : max(1, newest - 2)...newest
        return Set([1] + Array(around)).sorted(by: >)
    }
}
