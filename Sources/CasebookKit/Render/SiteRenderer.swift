/// The Render stage: turns the index into every page of the site, rendered in parallel.
public struct SiteRenderer: Sendable {
    public let context: RenderContext
    public let templates: TemplateSet

    /// A renderer for one build.
    public init(linked: LinkedSite, templates: TemplateSet) {
        self.context = RenderContext(linked: linked, strings: templates.strings)
        self.templates = templates
    }

    /// Every page model of the site, in a stable order.
    public func models() -> [PageModel] {
        modelGroups().parallelMap(counted: false) { $0() }.flatMap { $0 }
    }

    /// The page models in groups built independently (a case with its documents, a profile, a list…),
    /// in the order of `models()`.
    func modelGroups() -> [@Sendable () -> [PageModel]] {
        let index = context.index
        let context = self.context
        var groups: [@Sendable () -> [PageModel]] = [{ CaseListPage.models(context: context) + ListPage.models(context: context) }]
        groups += index.cases.map { caseFile in
            { [CasePage.model(caseFile, context: context)] + caseFile.documents.map { DocumentPage.model($0, of: caseFile, context: context) } }
        }
        groups += index.defenders.map { defender in { DefenderPage.model(defender, context: context).map { [$0] } ?? [] } }
        groups += index.organizations.map { organization in { [OrganizationPage.model(organization, context: context)] } }
        groups += index.mandates.map { mandate in { [MandatePage.model(mandate, context: context)] } }
        groups += index.countries.map { country in { [CountryPage.model(country, context: context)] } }
        groups += index.instruments.map { instrument in { [InstrumentPage.model(instrument, context: context)] } }
        groups.append { PlainPage.models(context: context) }
        return groups
    }

    /// A rendered page with the values and template it was rendered from.
    struct Memo: Sendable {
        var template: String
        var values: any Sendable & Hashable
        var file: OutputFile
    }

    /// Renders every page of `models`, reusing the file of each page of `memos` whose template and
    /// values are equal (the caller passes no memos when the templates changed).
    func render(_ models: [PageModel], reusing memos: [Route: Memo]) -> [Memo] {
        let templates = self.templates
        return models.parallelMap { model in
            if let memo = memos[model.route], memo.template == model.template, AnyHashable(memo.values) == AnyHashable(model.values) {
                return memo
            }
            return Memo(template: model.template, values: model.values, file: templates.file(model))
        }
    }

    /// Builds, renders and writes every page into `staging` a group at a time, keeping no model or page
    /// longer than its group; returns the routes in the order of `models()`.
    func write(to staging: StagingFolder) throws -> [Route] {
        let templates = self.templates
        let ticker = StageTicker.current
        let written = modelGroups().parallelMap(counted: false) { group in
            Result {
                let models = group()
                ticker?.expect(models.count)
                for model in models {
                    try staging.write(templates.file(model))
                    ticker?.tick()
                }
                return models.map(\.route)
            }
        }
        return try written.flatMap { try $0.get() }
    }
}
