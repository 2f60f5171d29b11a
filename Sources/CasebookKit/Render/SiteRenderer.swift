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
        let index = context.index
        let context = self.context
        var models = CaseListPage.models(context: context) + ListPage.models(context: context)
        models += index.cases.parallelMap { caseFile in
            [CasePage.model(caseFile, context: context)] + caseFile.documents.map { DocumentPage.model($0, of: caseFile, context: context) }
        }.flatMap { $0 }
        models += index.defenders.parallelMap { DefenderPage.model($0, context: context) }.compactMap { $0 }
        models += index.organizations.map { OrganizationPage.model($0, context: context) }
        models += index.mandates.map { MandatePage.model($0, context: context) }
        models += index.countries.map { CountryPage.model($0, context: context) }
        models += index.instruments.parallelMap { InstrumentPage.model($0, context: context) }
        models += PlainPage.models(context: context)
        return models
    }

    /// Renders every page of `models` (by default the whole site) to an output file.
    public func render(_ models: [PageModel]? = nil) -> [OutputFile] {
        let templates = self.templates
        return (models ?? self.models()).parallelMap { model in
            OutputFile(path: model.route.file, contents: Array(templates.render(model).utf8))
        }
    }
}
