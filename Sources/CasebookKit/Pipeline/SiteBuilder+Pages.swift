extension SiteBuilder {
    /// A language's linked site, ready for its pages to be made; its configuration names the language.
    struct Language: Sendable {
        var linked: LinkedSite
        var templates: TemplateSet
        /// What the last build made of this language's pages.
        var previous: BuildMemo
    }

    /// What was made of one language's pages: how many, the memo of its parts, and the warnings of its
    /// texts and exports.
    struct MadePages: Sendable {
        var pages: Int
        var memo: BuildMemo
        var warnings: [Diagnostic]
    }

    /// Makes every language's pages, two languages side by side: while one gathers its search index or
    /// its data files on one core, the other's pages take the other cores. Each language's stages are
    /// timed on a clock of their own, added to `clock` in the languages' order.
    func makePages(
        of languages: [Language], sameTemplates: Bool, numbering: DependencyTable, clock: inout StageClock, into staging: StagingFolder
    ) throws -> [MadePages] {
        let progress = options.progress
        let made = try languages.sideBySide { language in
            var clock = StageClock(progress: progress)
            var next = BuildMemo(keeping: language.previous.keeping)
            next.numbering = numbering
            let folder = staging.within(language.linked.index.config.folder)
            let pages = try makePages(
                of: language.linked, templates: language.templates, sameTemplates: sameTemplates, previous: language.previous,
                next: &next, clock: &clock, into: folder)
            // A translation's texts have warnings of their own; an original shown untranslated repeats its own.
            let warnings = language.linked.warnings + pages.warnings
            return (MadePages(pages: pages.pages, memo: next, warnings: warnings), clock)
        }
        for (_, languageClock) in made { clock.append(languageClock) }
        return made.map(\.0)
    }

    /// Renders, indexes and exports the pages of `linked`'s language into `staging`, reusing from
    /// `previous` (the last build's pages of that language) what is unchanged; returns how many pages it
    /// made and the exports' warnings.
    private func makePages(
        of linked: LinkedSite, templates: TemplateSet, sameTemplates: Bool, previous memo: BuildMemo, next: inout BuildMemo,
        clock: inout StageClock, into staging: StagingFolder
    ) throws -> (pages: Int, warnings: [Diagnostic]) {
        let keeps = memo.keeping == .everything
        let config = linked.index.config
        let renderer = SiteRenderer(linked: linked, templates: templates)
        // Parts made for the last build are reused only where every dependency they read is unchanged.
        var changes = sameTemplates ? memo.linked.map { ChangeSet(from: $0, to: linked, numbering: next.numbering) } : nil
        // Pages rendered with other templates are never kept, even where their values are the same.
        let routes = try clock.measure(Self.stage("render", of: config)) {
            try next.pages(renderer, previous: sameTemplates ? memo : nil, changes: &changes, into: staging)
        }
        // A build that keeps nothing renders no more pages: the memory rendering used goes back to the
        // system before the search index is built.
        if keeps {
            next.linked = linked
        } else {
            FreedMemory.release()
        }
        try clock.measure(Self.stage("search", of: config)) {
            try next.searchFiles(renderer.context, strings: templates.strings, previous: memo, changes: &changes, into: staging)
        }
        if !keeps { FreedMemory.release() }
        let exports = SiteExports(context: renderer.context, routes: routes)
        try clock.measure(Self.stage("exports", of: config)) { try next.exportFiles(exports, previous: memo, changes: &changes, into: staging) }
        return (routes.count, exports.warnings)
    }
}
