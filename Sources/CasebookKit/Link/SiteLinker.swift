/// The Link stage: renders every Markdown body for its page, links citations, and indexes them.
public struct LinkedSite: Sendable {
    public let index: SiteIndex
    public let catalog: InstrumentCatalog
    public let citations: CitationIndex
    /// Citations of instruments the library lacks, and other warnings of this stage.
    public let warnings: [Diagnostic]
    /// Citations of instruments the library lacks, by location.
    public let unresolved: [UnresolvedCitation]
    /// What each page's body was linked from and to, by the page's route; the next build reuses them.
    let memos: [Route: Memo]
    /// Where the renderings of the texts the build does not keep wait for the pages, in a build that keeps nothing.
    private let renderings: RenderedBodies?
    private let linker: BodyLinker

    /// A body's inputs besides the catalog, with what linking it gave. A class: a rebuild keeps the last
    /// build's memo of every unchanged body, so copying and comparing one costs a reference.
    final class Memo: Sendable {
        let body: MarkdownText
        let country: String?
        let source: Source?
        let linked: BodyLinker.Linked

        init(body: MarkdownText, country: String?, source: Source?, linked: BodyLinker.Linked) {
            (self.body, self.country, self.source, self.linked) = (body, country, source, linked)
        }
    }

    /// What an instrument page shows of the text a citation stands in.
    struct Source: Sendable, Equatable {
        var title: String
        var caseSlug: String
        var date: Day
    }

    /// Links and renders every body of the site, in parallel, reusing from `previous` each body whose
    /// text, country and instrument library are unchanged, and from `sibling` (the same build's pages in
    /// another language) each text shown there as here that neither keeps; links to articles are titled
    /// `articleTitle` (`{instrument}, article {article}`, in the pages' language). The texts the build does
    /// not keep are rendered into `renderings`, for their pages to read.
    init(
        _ index: SiteIndex, reusing previous: LinkedSite? = nil, sibling: LinkedSite? = nil, articleTitle: String? = nil,
        keepingRenderingsIn renderings: RenderedBodies? = nil
    ) {
        let catalog = InstrumentCatalog(index.instruments)
        var made = BodyLinker(catalog: catalog, allowRawHTML: index.config.allowRawHTML)
        if let articleTitle { made.articleTitle = articleTitle }
        let linker = made
        let jobs = Self.jobs(index)
        let reusable = previous.flatMap { previous in
            previous.index.instruments == index.instruments && previous.index.config.allowRawHTML == index.config.allowRawHTML
                && previous.linker.articleTitle == linker.articleTitle ? previous.memos : nil
        } ?? [:]
        let alike = sibling.flatMap { $0.catalog.recognizesAlike(catalog) && $0.linker.allowRawHTML == linker.allowRawHTML ? $0 : nil }
        let results = jobs.parallelMap { job -> (memo: Memo, kept: Bool, entries: [CitationIndex.Entry]) in
            if let memo = reusable[job.route], memo.body == job.body, memo.country == job.country {
                if memo.source == job.source { return (memo, true, []) }
                return (Memo(body: job.body, country: job.country, source: job.source, linked: memo.linked), false, [])
            }
            if let alike, let memo = alike.memos[job.route], memo.body.isDetached, memo.body == job.body, memo.country == job.country {
                let memo = Memo(body: job.body, country: job.country, source: job.source, linked: memo.linked)
                return (memo, false, alike.entries(of: job.route, restampedFor: job.source))
            }
            let detached = job.body.isDetached
            let linked = linker.link(
                job.body, on: job.route, country: job.country, rendering: !detached || renderings != nil, slotted: detached)
            guard detached else { return (Memo(body: job.body, country: job.country, source: job.source, linked: linked), false, []) }
            // Of a text the build does not keep, only the warnings and the citation index's entries stay in
            // memory; its rendering waits on disk, its links' titles for each language to fill.
            renderings?.store(job.route, body: job.body, rendered: linked.rendered, slots: linked.titleSlots)
            let memo = Memo(body: job.body, country: job.country, source: job.source, linked: linked.unrendered)
            return (memo, false, Self.entries(linked.citations, on: job.route, source: job.source, keepingSentencesIn: renderings))
        }
        var memos: [Route: Memo] = [:]
        memos.reserveCapacity(jobs.count)
        var unresolved: [UnresolvedCitation] = []
        var renewed: [Route] = []
        for (job, result) in zip(jobs, results) {
            memos[job.route] = result.memo
            unresolved += result.memo.linked.unresolved
            if !result.kept { renewed.append(job.route) }
        }
        self.index = index
        self.catalog = catalog
        self.linker = linker
        self.memos = memos
        self.renderings = renderings
        self.citations = previous.map { Self.citations(memos, renewed: renewed, patching: $0) }
            ?? CitationIndex(results.flatMap(\.entries) + Self.entries(jobs.map(\.route), memos))
        self.unresolved = unresolved.sorted()
        self.warnings = self.unresolved.map(\.warning).sorted()
    }

    /// Every citation of the texts on `routes` that instrument pages list, with the page it stands on.
    private static func entries(_ routes: some Sequence<Route>, _ memos: [Route: Memo]) -> [CitationIndex.Entry] {
        routes.flatMap { route -> [CitationIndex.Entry] in
            guard let memo = memos[route] else { return [] }
            return entries(memo.linked.citations, on: route, source: memo.source)
        }
    }

    /// The entries of `citations` of the text on `route`, if instrument pages list its citations; their
    /// sentences wait in `sentences` if given (an instrument page shows only the newest few).
    private static func entries(
        _ citations: [Citation], on route: Route, source: Source?, keepingSentencesIn sentences: RenderedBodies? = nil
    ) -> [CitationIndex.Entry] {
        guard let source, let file = citations.first?.location.path else { return [] }
        let page = Box(CitationIndex.Entry.Page(
            source: route, sourceTitle: source.title, caseSlug: source.caseSlug, date: source.date, file: file, sentences: sentences))
        guard let sentences else { return citations.map { CitationIndex.Entry($0, on: page) } }
        var distinct: [String] = [], position: [String: Int] = [:]
        for citation in citations where position[citation.sentence] == nil {
            position[citation.sentence] = distinct.count
            distinct.append(citation.sentence)
        }
        guard let places = sentences.keep(distinct) else { return citations.map { CitationIndex.Entry($0, on: page) } }
        return citations.map { CitationIndex.Entry($0, sentence: .kept(places[position[$0.sentence]!]), on: page) }
    }

    /// The citation index's entries of the text on `route`, as the page of another language whose text
    /// stands as `source` lists them.
    private func entries(of route: Route, restampedFor source: Source?) -> [CitationIndex.Entry] {
        guard let source else { return [] }
        let entries = citations.byCase[source.caseSlug, default: []].filter { $0.source == route }
        guard let first = entries.first else { return [] }
        var page = first.page
        (page.sourceTitle, page.caseSlug, page.date) = (source.title, source.caseSlug, source.date)
        let shared = Box(page)
        return entries.map { CitationIndex.Entry($0, on: shared) }
    }

    /// The last build's citation index with the entries of the pages whose citations changed redone; a
    /// whole new index when many did. The index orders entries by date, page and position, so job order
    /// does not matter. Only the `renewed` pages (whose memo is not the last build's) and pages gone can
    /// have changed.
    private static func citations(_ memos: [Route: Memo], renewed: [Route], patching previous: LinkedSite) -> CitationIndex {
        let candidates = Set(renewed)
        let added = candidates.count { previous.memos[$0] == nil }
        // Every other page is one the last build had: when they are as many as it had, none is gone.
        let gone = memos.count - added == previous.memos.count ? [] : previous.memos.keys.filter { memos[$0] == nil }
        let changed = candidates.filter { !sameCitations(memos[$0], previous.memos[$0]) }.union(gone)
        if changed.isEmpty { return previous.citations }
        guard changed.count <= max(64, memos.count / 50) else { return CitationIndex(entries(memos.keys, memos)) }
        return previous.citations.replacing(entries(changed, previous.memos), with: entries(changed, memos), on: changed)
    }

    /// Whether a page's text gives the same citation entries in two builds: it cites the same things from
    /// the same title and date.
    private static func sameCitations(_ memo: Memo?, _ old: Memo?) -> Bool {
        guard let memo, let old else { return memo == nil && old == nil }
        return memo === old || (memo.source == old.source && memo.linked.citations == old.linked.citations)
    }

    /// A body to render; `source` is set for the texts whose citations instrument pages list.
    private struct Job: Sendable {
        var route: Route
        var body: MarkdownText
        var source: Source?
        /// The country the text is about.
        var country: String?
    }

    private static func jobs(_ index: SiteIndex) -> [Job] {
        var jobs: [Job] = []
        for caseFile in index.cases {
            let country = caseFile.country.value
            let source = Source(title: caseFile.title, caseSlug: caseFile.slug, date: caseFile.date)
            jobs.append(Job(route: .caseFile(caseFile.slug), body: caseFile.body, source: source, country: country))
            for document in caseFile.documents {
                let title = document.headline
                jobs.append(Job(
                    route: .document(caseSlug: caseFile.slug, slug: document.slug), body: document.body,
                    source: Source(title: title, caseSlug: caseFile.slug, date: document.date), country: country))
            }
        }
        jobs += index.defenders.map { Job(route: .defender($0.slug), body: $0.body, country: $0.country?.value) }
        jobs += index.organizations.map { Job(route: .organization($0.slug), body: $0.body) }
        jobs += index.mandates.map { Job(route: .mandate($0.slug), body: $0.body) }
        jobs += index.instruments.map { Job(route: .instrument($0.slug), body: $0.body) }
        return jobs
    }

    /// A body's rendering (an empty one if the route has no body); a text the build does not keep is read
    /// from where the Link stage kept its rendering, its links titled in this site's language, or else
    /// linked again.
    public func body(_ route: Route) -> RenderedMarkdown {
        DependencyLog.note(.body(route))
        guard let memo = memos[route] else { return RenderedMarkdown(html: "", headings: [], plainText: "") }
        guard memo.body.isDetached else { return memo.linked.rendered }
        if let kept = renderings?.load(route, body: memo.body) { return linker.titled(kept.rendered, slots: kept.slots) }
        // The page reads the body, a dependency noted above, not its source.
        return DependencyLog.$current.withValue(nil) { linker.link(memo.body, on: route, country: memo.country, recording: false).rendered }
    }

    /// A body's text without markup, as `body(_:)` has it; a text the build does not keep is read from
    /// where the Link stage kept it, or else taken again from the Markdown without linking or rendering it.
    public func plainText(_ route: Route) -> String {
        DependencyLog.note(.body(route))
        guard let memo = memos[route] else { return "" }
        guard memo.body.isDetached else { return memo.linked.rendered.plainText }
        if let text = renderings?.plainText(route, body: memo.body) { return text }
        return DependencyLog.$current.withValue(nil) { MarkdownRenderer.plainText(memo.body.source, allowRawHTML: linker.allowRawHTML) }
    }

    /// Renders a short front-matter text that may cite instruments (e.g. a mandate's `established_by`) as inline HTML.
    func inlineHTML(_ text: String, on route: Route, at location: SourceLocation) -> String {
        DependencyLog.note(.instruments)
        var linker = BodyLinker(catalog: catalog, allowRawHTML: index.config.allowRawHTML)
        linker.articleTitle = self.linker.articleTitle
        // The text is a front-matter value the caller read, not the file's body: its source is no dependency.
        let html = DependencyLog.$current.withValue(nil) { linker.link(MarkdownText(text, start: location), on: route).rendered.html }
        return html.replacingOccurrences(of: "<p>", with: "").replacingOccurrences(of: "</p>\n", with: "")
    }
}
