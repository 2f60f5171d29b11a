/// A rebuild's index made from the last one: only the pages that differ are weighed again.
extension SearchIndex {
    /// `documents` indexed by updating `previous`'s postings where a page's terms changed, when the pages
    /// both hold keep their ids, pages were only added or only taken away at the end, and few differ; nil
    /// otherwise. The result equals a whole build's.
    static func patched(_ previous: SearchIndex, to documents: [SearchDocument]) -> SearchIndex? {
        let common = min(previous.documents.count, documents.count)
        var changed = Array(common..<max(previous.documents.count, documents.count))
        for id in 0..<common {
            guard previous.documents[id].path == documents[id].path else { return nil }
            if previous.documents[id] != documents[id] { changed.append(id) }
        }
        guard changed.count <= max(32, documents.count / 50) else { return nil }
        var updates: [String: [(document: Int32, weight: UInt8?)]] = [:]
        var weights = previous.weights
        for id in changed {
            let old = id < previous.documents.count ? previous.documents[id] : nil
            var before: [String: UInt8] = [:]
            if let old {
                guard let memo = previous.weights[old.path] else { return nil }
                before = Dictionary(memo.terms, uniquingKeysWith: { a, _ in a })
            }
            let document = id < documents.count ? documents[id] : nil
            let after = document.map(Self.weights(of:)) ?? []
            let now = Dictionary(after, uniquingKeysWith: { a, _ in a })
            for (term, weight) in after where before[term] != weight { updates[term, default: []].append((Int32(id), weight)) }
            for term in before.keys where now[term] == nil { updates[term, default: []].append((Int32(id), nil)) }
            if let old { weights[old.path] = nil }
            if let document { weights[document.path] = (document, after) }
        }
        var terms = previous.terms
        var added: [(term: String, postings: [Posting])] = []
        var emptied: Set<Int> = []
        for (term, changes) in updates {
            let (found, position) = Self.position(of: term, in: terms)
            var postings = found ? terms[position].postings : []
            for change in changes { Self.set(&postings, change.document, change.weight) }
            if found {
                terms[position].postings = postings
                if postings.isEmpty { emptied.insert(position) }
            } else if !postings.isEmpty {
                added.append((term, postings))
            }
        }
        if !emptied.isEmpty { terms = terms.enumerated().filter { !emptied.contains($0.offset) }.map(\.element) }
        for entry in added.sorted(by: { $0.term.utf16.lexicographicallyPrecedes($1.term.utf16) }).reversed() {
            terms.insert(entry, at: Self.position(of: entry.term, in: terms).position)
        }
        let touched = updates.keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
        return SearchIndex(documents: documents, terms: terms, weights: weights, changedTerms: touched)
    }

    /// Where `term` is in `terms` (UTF-16 order), or where it would go.
    static func position(of term: String, in terms: [(term: String, postings: [Posting])]) -> (found: Bool, position: Int) {
        let position = terms.partitionPoint { $0.term.utf16.lexicographicallyPrecedes(term.utf16) }
        return (position < terms.count && terms[position].term == term, position)
    }

    /// Gives `document` the weight in `postings` (kept in id order), or takes it out for nil.
    private static func set(_ postings: inout [Posting], _ document: Int32, _ weight: UInt8?) {
        let low = postings.partitionPoint { $0.document < document }
        let present = low < postings.count && postings[low].document == document
        switch (present, weight) {
        case (true, let weight?): postings[low].weight = weight
        case (true, nil): postings.remove(at: low)
        case (false, let weight?): postings.insert(Posting(document: document, weight: weight), at: low)
        case (false, nil): break
        }
    }
}
