extension RenderContext {
    /// Page `number` of the list at `list`, whose longest part holds `count` items.
    func pagination(_ list: Route, page number: Int, count: Int) -> Pagination {
        Pagination(list, page: number, count: count, size: index.config.pageSize)
    }

    /// The page facts of one page of a list, titled with its number after the first.
    func page(_ pagination: Pagination, title: String, description: String) -> PageView {
        page(pagination.route, title: pagination.title(title, strings: strings), description: description)
    }

    /// A profile's text, which only its first page shows.
    func introduction(on pagination: Pagination) -> String {
        pagination.isLater ? "" : linked.body(pagination.list).html
    }

    /// The summaries of the cases of `list` that one of its pages shows.
    func summaries(_ list: CaseList, on pagination: Pagination) -> [CaseSummaryView] {
        index.cases(list, in: pagination.range).map { summary(of: $0, from: pagination.route) }
    }
}
