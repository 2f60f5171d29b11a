/// The weight of each term of one page at a time, by id in a `TermTable` the pages share.
struct TermWeights {
    /// The terms met so far, on this page and the ones before it.
    private(set) var table: TermTable
    /// Each term's weight on the current page, by id; 0 for a term the page has not used.
    private var weight: [Int] = []
    private var used: [Int] = []

    /// Weights over an empty table sized for about `expected` distinct terms.
    init(expected: Int) {
        table = TermTable(expected: expected)
    }

    /// Weighs the terms of a page's title, names, summary and body, and its facet values (weight 1).
    mutating func weigh(_ document: SearchDocument, folding folder: inout SearchText) {
        folder.forEachTerm(bytesIn: document.title) { add($0, SearchIndex.titleWeight) }
        for name in document.names { folder.forEachTerm(bytesIn: name) { add($0, SearchIndex.nameWeight) } }
        folder.forEachTerm(bytesIn: document.summary) { add($0, 1) }
        folder.forEachTerm(bytesIn: document.body) { add($0, 1) }
        for facet in document.facets { set(Array(facet.key.utf8), 1) }
    }

    /// Adds `amount` to the term's weight on the current page.
    mutating func add(_ term: [UInt8], _ amount: Int) {
        weight[use(term)] += amount
    }

    /// Sets the term's weight on the current page, whatever it was.
    mutating func set(_ term: [UInt8], _ amount: Int) {
        weight[use(term)] = amount
    }

    /// The current page's terms by id with their weights (at most 255), in the order first met; the
    /// next call to `weigh` starts a new page.
    mutating func take() -> [(id: Int, weight: UInt8)] {
        defer {
            for id in used { weight[id] = 0 }
            used.removeAll(keepingCapacity: true)
        }
        return used.map { ($0, UInt8(min(255, weight[$0]))) }
    }

    private mutating func use(_ term: [UInt8]) -> Int {
        let id = table.id(of: term)
        if id == weight.count { weight.append(0) }
        if weight[id] == 0 { used.append(id) }
        return id
    }
}
