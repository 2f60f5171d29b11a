extension CitationIndex {
    /// A citation together with the page it stands on.
    ///
    /// Its fields live in one box: an entry is copied wherever a page lists or describes what it cites
    /// (about 400,000 entries at 10,000 cases, each read by several pages), and a copy then costs one
    /// reference count instead of one per string.
    public struct Entry: Sendable, Hashable {
        private let fields: Box<Fields>

        private struct Fields: Sendable, Hashable {
            var citation: Citation
            var source: Route
            var sourceTitle: String
            var caseSlug: String
            var date: Day
        }

        /// An entry for `citation` on the page at `source`.
        public init(citation: Citation, source: Route, sourceTitle: String, caseSlug: String, date: Day) {
            fields = Box(Fields(citation: citation, source: source, sourceTitle: sourceTitle, caseSlug: caseSlug, date: date))
        }

        public var citation: Citation { fields.value.citation }
        /// The case or document page citing.
        public var source: Route { fields.value.source }
        public var sourceTitle: String { fields.value.sourceTitle }
        /// The case the citing text belongs to.
        public var caseSlug: String { fields.value.caseSlug }
        public var date: Day { fields.value.date }

        public static func == (lhs: Entry, rhs: Entry) -> Bool { lhs.fields.holdsSameValue(as: rhs.fields) }

        public func hash(into hasher: inout Hasher) { fields.value.hash(into: &hasher) }
    }
}
