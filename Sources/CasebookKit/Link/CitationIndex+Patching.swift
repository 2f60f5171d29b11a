/// A rebuild's citation index made from the last one: only the lists a changed page cites from are redone.
extension CitationIndex {
    /// This index with the entries standing on `pages` taken out (`removed` are the ones it holds there)
    /// and `added` put in. It equals an index built whole from the resulting entries.
    func replacing(_ removed: [Entry], with added: [Entry], on pages: Set<Route>) -> CitationIndex {
        var instruments = byInstrument, symbols = bySymbol, cases = byCase
        var touched: (instruments: Set<String>, symbols: Set<String>, cases: Set<String>) = ([], [], [])
        for entry in removed + added {
            switch entry.citation.target {
            case .instrument(let slug):
                touched.instruments.insert(slug)
                touched.cases.insert(entry.caseSlug)
            case .external(let symbol): touched.symbols.insert(symbol)
            }
        }
        let kept = { (entry: Entry) in !pages.contains(entry.source) }
        for slug in touched.instruments { instruments[slug] = instruments[slug]?.filter(kept) }
        for slug in touched.cases { cases[slug] = cases[slug]?.filter(kept) }
        for symbol in touched.symbols { symbols[symbol] = symbols[symbol]?.filter(kept) }
        for entry in added {
            switch entry.citation.target {
            case .instrument(let slug):
                Self.insert(entry, into: &instruments[slug, default: []])
                Self.insert(entry, into: &cases[entry.caseSlug, default: []])
            case .external(let symbol):
                Self.insert(entry, into: &symbols[symbol, default: []])
            }
        }
        for slug in touched.instruments where instruments[slug]?.isEmpty == true { instruments[slug] = nil }
        for slug in touched.cases where cases[slug]?.isEmpty == true { cases[slug] = nil }
        for symbol in touched.symbols where symbols[symbol]?.isEmpty == true { symbols[symbol] = nil }
        return CitationIndex(byInstrument: instruments, bySymbol: symbols, byCase: cases)
    }

    /// Puts `entry` after every entry that does not come after it, as a whole build's stable sort does.
    private static func insert(_ entry: Entry, into list: inout [Entry]) {
        let order = Order(entry)
        list.insert(entry, at: list.partitionPoint { !order.precedes(Order($0)) })
    }
}
