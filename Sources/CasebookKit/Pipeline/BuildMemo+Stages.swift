/// The stages that make output files, as one path for every build: each writes its files to the staging
/// folder as it makes them. A memo that keeps (`serve`) makes only the parts whose reads changed since
/// `previous` and keeps what it made for the next build; one that keeps nothing holds a block of parts at a time.
extension BuildMemo {
    /// Renders or reuses every page into `output`; returns the routes, in the order of `SiteRenderer.models()`.
    mutating func pages(
        _ renderer: SiteRenderer, previous: BuildMemo?, changes: inout ChangeSet?, into output: StagingFolder
    ) throws -> [Route] {
        let earlier = previous?.pages ?? [:]
        let ticker = StageTicker.current
        var routes: [Route] = []
        pages = try make(renderer.pageParts(reusing: earlier), reusing: earlier, changes: &changes) { memos in
            ticker?.expect(memos.count)
            for memo in memos {
                try output.write(memo.file)
                ticker?.tick()
            }
            return memos.map(\.route)
        } gather: { routes += $0.joined() }
        return routes
    }

    /// Writes the search index's files and texts into `output`. A memo that keeps patches the index from
    /// the previous one where it can; one that keeps nothing weighs each block of pages, writes their
    /// texts and drops them before the next block is made.
    mutating func searchFiles(
        _ context: RenderContext, strings: InterfaceStrings, previous: BuildMemo?, changes: inout ChangeSet?, into output: StagingFolder
    ) throws {
        let parts = SearchDocument.parts(context: context)
        guard keeping == .everything else {
            var postings = SearchIndex.Postings(spillingInto: output.scratchFolders)
            var records = SearchIndex.RecordShards()
            // Texts and records are made on the threads that make the pages; the postings, in page order, on one.
            _ = try make(parts, reusing: [:], changes: &changes) { documents in
                for document in documents { try output.write(SearchIndex.textFile(of: document)) }
                return documents.map { (document: $0, record: SearchIndex.record($0, strings: strings)) }
            } gather: { block in
                let pages = block.joined()
                try records.add(pages.map(\.record), into: output)
                postings.add(pages.map(\.document))
            }
            try records.finish(into: output)
            try postings.write(strings: strings, into: output)
            return
        }
        var documents: [SearchDocument] = []
        searchDocuments = try make(parts, reusing: previous?.searchDocuments ?? [:], changes: &changes) { $0 } gather: { documents += $0.joined() }
        let index = SearchIndex(documents, reusing: previous?.search)
        let made = index.files(strings: strings, reusing: previous?.searchFiles)
        (search, searchFiles) = (index, made.memo)
        try output.write(made.files)
    }

    /// Writes the export files into `output`: the cases' data files a block of rows at a time as they are
    /// made, then the feeds and the sitemap, which are reused whole when nothing they read changed.
    mutating func exportFiles(_ site: SiteExports, previous: BuildMemo?, changes: inout ChangeSet?, into output: StagingFolder) throws {
        let parts = site.rowParts()
        let files = [site.casesJSON(count: parts.count), site.casesCSV]
        let streams = try files.map { try output.stream($0.path) }
        for (file, stream) in zip(files, streams) { try stream.append(file.opening) }
        var written = 0
        rows = try make(parts, reusing: previous?.rows ?? [:], changes: &changes, counted: true) { $0 } gather: { block in
            for (file, stream) in zip(files, streams) { try stream.append(file.rows(block, after: written)) }
            written += block.count
        }
        for (file, stream) in zip(files, streams) {
            try stream.append(file.closing)
            try stream.finish()
        }
        var others = previous?.exports
        if others?.value.routes != site.routes || changes?.containsAny(of: others?.dependencies ?? []) != false {
            others = Tracked.recording(numbering: numbering) { (site.routes, site.feedsAndSitemap()) }
        }
        if keeping == .everything { exports = others }
        try output.write(others?.value.files ?? [])
    }

    /// Makes every part, hands each part's value to `use` on the thread that made it, and what `use`
    /// returned, a block of parts at a time in their order, to `gather`. A memo that keeps reuses each
    /// part of `previous` none of whose reads `changes` holds as changed, notes what the others read, and
    /// returns them all for the next build; one that keeps nothing returns none, and holds only the block
    /// being made. With `counted`, each part is an item of the stage's progress.
    private func make<Value, Used: Sendable>(
        _ parts: [Part<Value>], reusing previous: [String: Tracked<Value>], changes: inout ChangeSet?, counted: Bool = false,
        use: @Sendable (Value) throws -> Used, gather: ([Used]) throws -> Void
    ) throws -> [String: Tracked<Value>] {
        let ticker = counted ? StageTicker.current : nil
        ticker?.expect(parts.count)
        guard keeping == .everything else {
            try Self.inBlocks(parts, ticker: ticker, use: { try use($0.make()) }, gather: gather)
            return [:]
        }
        // The parts count nothing themselves: `use` counts what the stage does.
        let made = StageTicker.$current.withValue(nil) { parts.make(reusing: previous, changes: &changes, numbering: numbering) }
        try Self.inBlocks(made, ticker: ticker, use: { try use($0.value) }, gather: gather)
        return parts.memo(made)
    }

    /// Hands what `use` makes of each item to `gather`, a block at a time in order; each block is made on
    /// every core while the one before it is gathered.
    private static func inBlocks<Item: Sendable, Used: Sendable>(
        _ items: [Item], ticker: StageTicker?, use: @Sendable (Item) throws -> Used, gather: ([Used]) throws -> Void
    ) throws {
        let blocks = stride(from: 0, to: items.count, by: blockSize).map { Array(items[$0..<min($0 + blockSize, items.count)]) }
        try blocks.pipelined { block in
            block.parallelMap(counted: false) { item in Result { try counting(ticker) { try use(item) } } }
        } consume: { made in
            try gather(made.map { try $0.get() })
        }
    }

    private static func counting<T>(_ ticker: StageTicker?, _ body: () throws -> T) rethrows -> T {
        defer { ticker?.tick() }
        return try body()
    }

    /// How many parts a build that keeps nothing makes at once.
    private static let blockSize = 512
}
