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
        models += index.cases.parallelMap(counted: false) { caseFile in
            [CasePage.model(caseFile, context: context)] + caseFile.documents.map { DocumentPage.model($0, of: caseFile, context: context) }
        }.flatMap { $0 }
        models += index.defenders.parallelMap(counted: false) { DefenderPage.model($0, context: context) }.compactMap { $0 }
        models += index.organizations.parallelMap(counted: false) { OrganizationPage.model($0, context: context) }
        models += index.mandates.parallelMap(counted: false) { MandatePage.model($0, context: context) }
        models += index.countries.parallelMap(counted: false) { CountryPage.model($0, context: context) }
        models += index.instruments.parallelMap(counted: false) { InstrumentPage.model($0, context: context) }
        models += PlainPage.models(context: context)
        return models
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

    /// Renders every page of `models` into `staging` as it goes, keeping none in memory.
    func write(_ models: [PageModel], to staging: StagingFolder) throws {
        let templates = self.templates
        try models.parallelMap { model in Result { try staging.write(templates.file(model)) } }.forEach { try $0.get() }
    }
}
