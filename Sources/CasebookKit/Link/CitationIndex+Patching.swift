/// A rebuild's citation index made from the last one: only the lists a changed page cites from are redone.
extension CitationIndex {
    /// This index with the entries standing on `pages` taken out (`removed` are the ones it holds there)
    /// and `added` put in. It equals an index built whole from the resulting entries.
    func replacing(_ removed: [Entry], with added: [Entry], on pages: Set<Route>) -> CitationIndex {
        func patched(_ lists: [String: [Entry]], by key: (Entry) -> String?) -> [String: [Entry]] {
            var lists = lists
            let touched = Set((removed + added).compactMap(key))
            for list in touched { lists[list] = lists[list]?.filter { !pages.contains($0.source) } }
            for entry in added { if let list = key(entry) { Self.insert(entry, into: &lists[list, default: []]) } }
            for list in touched where lists[list]?.isEmpty == true { lists[list] = nil }
            return lists
        }
        return CitationIndex(
            byInstrument: patched(byInstrument, by: Self.instrumentKey), bySymbol: patched(bySymbol, by: Self.symbolKey),
            byCase: patched(byCase, by: Self.caseKey))
    }

    /// Puts `entry` after every entry that does not come after it, as a whole build's stable sort does.
    private static func insert(_ entry: Entry, into list: inout [Entry]) {
        list.insert(entry, at: list.partitionPoint { !entry.precedes($0) })
    }
}
