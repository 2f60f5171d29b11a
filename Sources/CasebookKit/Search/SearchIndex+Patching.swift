/// A rebuild's index made from the last one: only the pages that differ are weighed again.
extension SearchIndex {
    /// `documents` indexed by updating `previous`'s postings, when few pages differ; nil otherwise. The
    /// pages of both lists are lined up by path from both ends: what lies between (pages added, removed
    /// or renamed in one place) is taken out and put in, and the ids after it move by how many more or
    /// fewer pages there are. The result equals a whole build's.
    static func patched(_ previous: SearchIndex, to documents: [SearchDocument]) -> SearchIndex? {
        let old = previous.documents
        let (removed, added) = old.differingRanges(to: documents) { $0.path == $1.path }
        let (prefix, suffix) = (added.lowerBound, documents.count - added.upperBound)
        let shift = documents.count - old.count
        let kept = Array(0..<prefix) + Array((documents.count - suffix)..<documents.count)
        let edited = kept.filter { id in old[id < prefix ? id : id - shift] != documents[id] }
        guard removed.count + added.count + edited.count <= max(32, documents.count / 50) else { return nil }

        var weights = previous.weights
        var updates: [String: [(document: Int32, weight: UInt8?)]] = [:]
        for id in removed { weights[old[id].path] = nil }
        for id in edited + Array(added) {
            let before: [String: UInt8]
            if added.contains(id) {
                before = [:]
            } else {
                guard let memo = previous.weights[documents[id].path] else { return nil }
                before = Dictionary(memo.terms, uniquingKeysWith: { a, _ in a })
            }
            let after = Self.weights(of: documents[id])
            let now = Dictionary(after, uniquingKeysWith: { a, _ in a })
            for (term, weight) in after where before[term] != weight { updates[term, default: []].append((Int32(id), weight)) }
            for term in before.keys where now[term] == nil { updates[term, default: []].append((Int32(id), nil)) }
            weights[documents[id].path] = (documents[id], after)
        }

        var terms = previous.terms
        var moved: [String] = []
        if !removed.isEmpty || !added.isEmpty {
            let (start, end, shift) = (Int32(prefix), Int32(removed.upperBound), Int32(shift))
            for position in terms.indices where (terms[position].postings.last?.document ?? -1) >= start {
                let postings = terms[position].postings.compactMap { posting in
                    posting.document < start ? posting
                        : posting.document < end ? nil : Posting(document: posting.document + shift, weight: posting.weight)
                }
                guard postings != terms[position].postings else { continue }
                terms[position].postings = postings
                moved.append(terms[position].term)
            }
        }
        var new: [(term: String, postings: [Posting])] = []
        for (term, changes) in updates {
            let (found, position) = Self.position(of: term, in: terms)
            var postings = found ? terms[position].postings : []
            for change in changes { Self.set(&postings, change.document, change.weight) }
            if found { terms[position].postings = postings } else { new.append((term, postings)) }
        }
        if terms.contains(where: \.postings.isEmpty) { terms = terms.filter { !$0.postings.isEmpty } }
        let appearing = new.filter { !$0.postings.isEmpty }.sorted { $0.term.utf16.lexicographicallyPrecedes($1.term.utf16) }
        terms = Self.merged(terms, appearing, term: \.term)
        let touched = Self.merged(moved, updates.keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }, term: { $0 })
        return SearchIndex(documents: documents, terms: terms, weights: weights, changedTerms: touched)
    }

    /// Two lists sorted by their terms' UTF-16 order as one, in that order; a term in both is kept once,
    /// from `a`.
    private static func merged<Element>(_ a: [Element], _ b: [Element], term: (Element) -> String) -> [Element] {
        guard !b.isEmpty else { return a }
        var result: [Element] = []
        result.reserveCapacity(a.count + b.count)
        var (i, j) = (0, 0)
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && !term(b[j]).utf16.lexicographicallyPrecedes(term(a[i]).utf16)) {
                if j < b.count, term(a[i]) == term(b[j]) { j += 1 }
                result.append(a[i])
                i += 1
            } else {
                result.append(b[j])
                j += 1
            }
        }
        return result
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
