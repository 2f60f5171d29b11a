extension RenderedBodies {
    /// Where a sentence kept on disk stands: an instrument page shows a few of the sentences that cite it,
    /// and the citation index holds 4 million at 100,000 cases.
    struct Place: Sendable, Hashable {
        var offset: Int
        var count: Int
    }

    /// Keeps `sentences` (the distinct sentences of one text's citations) in one write; returns where
    /// each stands, or nil if the file takes none.
    func keep(_ sentences: [String]) -> [Place]? {
        let bytes = sentences.flatMap(\.utf8)
        guard let start = file.append(bytes) else { return nil }
        var offset = start
        return sentences.map { sentence in
            defer { offset += sentence.utf8.count }
            return Place(offset: offset, count: sentence.utf8.count)
        }
    }

    /// The sentence kept at `place`.
    func sentence(at place: Place) -> String {
        String(decoding: file.read(count: place.count, at: place.offset) ?? [], as: UTF8.self)
    }
}

extension RenderedBodies: Hashable {
    /// One store is equal to itself alone: entries of one build hold the same store.
    static func == (lhs: RenderedBodies, rhs: RenderedBodies) -> Bool { lhs === rhs }

    func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
