extension RenderContext {
    /// Page `number` (0 for the front page) of the list at `list` showing the cases of `cases`.
    func pagination(_ list: Route, page number: Int, of cases: CaseList) -> Pagination {
        pagination(list, page: number, count: { index.caseCount(cases) }, exceeds: { index.caseCount(cases, exceeds: $0) })
    }

    /// Page `number` of the list at `list`, whose longest part holds `count()` items; `exceeds(n)` tells
    /// whether it holds more than `n`. An archive page asks only that, so that it reads no more than its
    /// pager shows.
    func pagination(_ list: Route, page number: Int, count: () -> Int, exceeds: (Int) -> Bool) -> Pagination {
        let size = index.config.pageSize
        guard number > 0 else { return .front(list, count: count(), size: size) }
        return .archive(list, page: number, hasNewer: exceeds(Pagination.newerThreshold(page: number, size: size)), size: size)
    }

    /// The page facts of one page of a list, titled with its number on an archive page.
    func page(_ pagination: Pagination, title: String, description: String) -> PageView {
        page(pagination.route, title: pagination.title(title, strings: strings), description: description)
    }

    /// A profile's text, which only its front page shows.
    func introduction(on pagination: Pagination) -> String {
        pagination.isArchive ? "" : linked.body(pagination.list).html
    }

    /// The summaries of the cases of `list` that one of its pages shows.
    func summaries(_ list: CaseList, on pagination: Pagination) -> [CaseSummaryView] {
        let positions = pagination.positions(count: pagination.isArchive ? 0 : index.caseCount(list))
        return index.cases(list, fromOldest: positions).map { summary(of: $0, from: pagination.route) }
    }
}
