/// The Render stage: turns the index into every page of the site, rendered in parallel.
public struct SiteRenderer: Sendable {
    public let context: RenderContext
    public let templates: TemplateSet

    /// A renderer for one build.
    public init(linked: LinkedSite, templates: TemplateSet) {
        self.context = RenderContext(linked: linked, strings: templates.strings, languageNames: templates.languageNames)
        self.templates = templates
    }

    /// Every page model of the site, in a stable order.
    public func models() -> [PageModel] {
        modelGroups().parallelMap(counted: false) { $0.make() }.flatMap { $0 }
    }

    /// The page models in groups built independently (a case with its documents, a profile, a page of a
    /// list…), in the order of `models()`. Each group looks its subject up in the index, so that it reads it.
    func modelGroups() -> [Part<[PageModel]>] {
        let index = context.index
        let context = self.context
        var groups = [Part(key: "home") { [HomePage.model(context: context)] }]
        for list in [CaseList.all] + index.years.map(CaseList.year) {
            groups += pages(CaseListPage.route(of: list), count: index.caseCount(list)) { CaseListPage.model(list, page: $0, context: context) }
        }
        groups += ListPage.Kind.allCases.map { kind in Part(key: kind.route.path) { [ListPage.model(kind, context: context)] } }
        groups += index.cases.map { caseFile in
            Part(key: "case/" + caseFile.slug) {
                guard let caseFile = context.index.caseFile(caseFile.slug) else { return [] }
                return [CasePage.model(caseFile, context: context)]
                    + caseFile.documents.map { DocumentPage.model($0, of: caseFile, context: context) }
            }
        }
        for defender in index.defenders {
            guard let slug = defender.publicSlug else { continue }
            groups += pages(.defender(slug), count: index.caseCount(.defender(defender.slug))) { number in
                context.index.defender(defender.slug).flatMap { DefenderPage.model($0, page: number, context: context) }
            }
        }
        for organization in index.organizations {
            groups += pages(.organization(organization.slug), count: index.caseCount(.organization(organization.slug))) { number in
                context.index.organization(organization.slug).map { OrganizationPage.model($0, page: number, context: context) }
            }
        }
        for mandate in index.mandates {
            groups += pages(.mandate(mandate.slug), count: MandatePage.longestList(of: mandate.slug, in: index)) { number in
                context.index.mandate(mandate.slug).map { MandatePage.model($0, page: number, context: context) }
            }
        }
        for country in index.countries {
            groups += pages(.country(country.code), count: index.caseCount(.country(country.code))) { number in
                CountryPage.model(country, page: number, context: context)
            }
        }
        groups += index.instruments.map { instrument in
            Part(key: "instrument/" + instrument.slug) {
                context.index.instrument(instrument.slug).map { [InstrumentPage.model($0, context: context)] } ?? []
            }
        }
        groups.append(Part(key: "plain") { PlainPage.models(context: context) })
        return groups
    }

    /// A group for each page of the list at `list`, whose longest part holds `count` items: its front
    /// page and its archive pages; `model` makes a page from its number (0 for the front page), or nothing.
    private func pages(_ list: Route, count: Int, model: @escaping @Sendable (Int) -> PageModel?) -> [Part<[PageModel]>] {
        (0...Pagination.archiveCount(count: count, size: context.index.config.pageSize)).map { number in
            Part(key: list.paged(number).path) { model(number).map { [$0] } ?? [] }
        }
    }

    /// A rendered page with the values and template it was rendered from. A class: a rebuild passes every
    /// kept page along, and copying one then costs a reference.
    final class Memo: Sendable {
        let route: Route
        let template: String
        let values: any Sendable & Hashable
        let file: OutputFile

        init(route: Route, template: String, values: any Sendable & Hashable, file: OutputFile) {
            (self.route, self.template, self.values, self.file) = (route, template, values, file)
        }
    }

    /// Each group of pages as a part that renders its pages, reusing from the group's `previous` pages
    /// each whose template and values are equal.
    func pageParts(reusing previous: [String: Tracked<[Memo]>]) -> [Part<[Memo]>] {
        let renderer = self
        return modelGroups().map { group in
            let earlier = previous[group.key]?.value ?? []
            return Part(key: group.key) { renderer.render(group.make(), reusing: earlier) }
        }
    }

    /// Renders every page of `models`, reusing the file of each page of `memos` whose template and
    /// values are equal.
    func render(_ models: [PageModel], reusing memos: [Memo]) -> [Memo] {
        let earlier = Dictionary(memos.map { ($0.route, $0) }, uniquingKeysWith: { first, _ in first })
        return models.map { model in
            if let memo = earlier[model.route], memo.template == model.template, AnyHashable(memo.values) == AnyHashable(model.values) {
                return memo
            }
            return Memo(route: model.route, template: model.template, values: model.values, file: templates.file(model))
        }
    }
}
