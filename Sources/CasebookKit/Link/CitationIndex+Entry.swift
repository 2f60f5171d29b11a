extension CitationIndex {
    /// A citation together with the page it stands on.
    ///
    /// Its fields live in one box, and what every citation of one text shares (the page, its title, case,
    /// date and file) in one box of the text's: an index holds about 400,000 entries at 10,000 cases and
    /// 4 million at 100,000, each copied wherever a page lists or describes what it cites.
    public struct Entry: Sendable, Hashable {
        private let fields: Box<Fields>

        /// What the citations of one text share: the page they stand on.
        struct Page: Sendable, Hashable {
            var source: Route
            var sourceTitle: String
            var caseSlug: String
            var date: Day
            /// The file the text is in, where its citations are located.
            var file: String
            /// The page's folder, which orders entries of one date.
            var path: String
            /// Where the sentences of the text wait on disk, for a text the build does not keep.
            var sentences: RenderedBodies?

            init(source: Route, sourceTitle: String, caseSlug: String, date: Day, file: String, sentences: RenderedBodies? = nil) {
                (self.source, self.sourceTitle, self.caseSlug, self.date, self.file) = (source, sourceTitle, caseSlug, date, file)
                (path, self.sentences) = (source.path, sentences)
            }
        }

        /// The sentence a citation stands in: in memory, or on disk with the page's other sentences.
        enum Sentence: Sendable, Hashable {
            case text(String)
            case kept(RenderedBodies.Place)
        }

        private struct Fields: Sendable, Hashable {
            var target: CitationTarget
            var article: String?
            var paragraph: String?
            var text: String
            var sentence: Sentence
            var line: Int32, column: Int32
            var page: Box<Page>
        }

        /// An entry for `citation` on the page at `source`.
        public init(citation: Citation, source: Route, sourceTitle: String, caseSlug: String, date: Day) {
            self.init(citation, on: Box(Page(source: source, sourceTitle: sourceTitle, caseSlug: caseSlug, date: date, file: citation.location.path)))
        }

        /// An entry for `citation` on `page`, which the text's other entries share; its sentence is
        /// `sentence` when kept on disk.
        init(_ citation: Citation, sentence: Sentence? = nil, on page: Box<Page>) {
            fields = Box(Fields(
                target: citation.target, article: citation.article, paragraph: citation.paragraph, text: citation.text,
                sentence: sentence ?? .text(citation.sentence), line: Int32(clamping: citation.location.line),
                column: Int32(clamping: citation.location.column), page: page))
        }

        /// This entry on another page (the same text shown in another language), its sentence where it is.
        init(_ entry: Entry, on page: Box<Page>) {
            var fields = entry.fields.value
            fields.page = page
            self.fields = Box(fields)
        }

        public var citation: Citation {
            let fields = fields.value
            return Citation(
                target: fields.target, article: fields.article, paragraph: fields.paragraph, text: fields.text, sentence: sentence,
                location: SourceLocation(path: fields.page.value.file, line: Int(fields.line), column: Int(fields.column)))
        }

        /// The sentence the citation stands in, read from disk if it waits there.
        var sentence: String {
            switch fields.value.sentence {
            case .text(let text): text
            case .kept(let place): page.sentences?.sentence(at: place) ?? ""
            }
        }

        /// What the entry cites.
        public var target: CitationTarget { fields.value.target }
        /// The article cited, if any (see `Citation.article`).
        public var article: String? { fields.value.article }
        /// The case or document page citing.
        public var source: Route { page.source }
        public var sourceTitle: String { page.sourceTitle }
        /// The case the citing text belongs to.
        public var caseSlug: String { page.caseSlug }
        public var date: Day { page.date }
        var page: Page { fields.value.page.value }

        /// Whether this entry comes before `other` in every list: newest first, then by page, then by position.
        func precedes(_ other: Entry) -> Bool {
            let (page, otherPage) = (fields.value.page, other.fields.value.page)
            if page !== otherPage {
                if page.value.date != otherPage.value.date { return page.value.date > otherPage.value.date }
                if page.value.path != otherPage.value.path { return page.value.path < otherPage.value.path }
            }
            let (a, b) = (fields.value, other.fields.value)
            if a.page.value.file != b.page.value.file { return a.page.value.file < b.page.value.file }
            return (a.line, a.column) < (b.line, b.column)
        }

        public static func == (lhs: Entry, rhs: Entry) -> Bool { lhs.fields.holdsSameValue(as: rhs.fields) }

        public func hash(into hasher: inout Hasher) { fields.value.hash(into: &hasher) }
    }
}
