/// Every filter value of the search index with its id. A facet numbers its values from 0 in the order
/// documents first carry them (doc ids run from the oldest case), and a value's id is that number times
/// the number of facets plus the facet's position: a new case's values take the next numbers, and no
/// other value's id moves, so the filter data of the other pages stays as it was.
struct FacetTable: Sendable {
    /// Each facet's values, by its position in `SearchFacet.allCases`, in number order, with how many
    /// documents carry each.
    let values: [[(value: FacetValue, count: Int)]]
    /// The id of each value, by posting key (`country=KAZ`).
    let id: [String: Int]
    /// The id of the first document that carries each value, by posting key.
    let firstDocument: [String: Int]

    /// Posting keys that documents carry under more than one label: only the first label met counts, so
    /// an update that touches one of these cannot tell which it would be.
    let mixedLabels: Set<String>

    static let facets = SearchFacet.allCases

    /// How many of a facet's most frequent values `facets.json` names, which is what the filter list
    /// shows before "show all".
    static let topCount = 10

    /// Numbers the values of `documents`; each value keeps the label it is first met with.
    init(_ documents: [SearchDocument]) {
        var table = Builder()
        for (position, document) in documents.enumerated() { table.count(document, at: position) }
        self.init(table, mixedLabels: table.mixed)
    }

    /// The table of `documents` made from `previous`, the table of `before`, by counting again only the
    /// documents between their common start and end; nil when those are many, take away the document
    /// that first carries a value, carry a value first met after them, or carry a value whose label is not
    /// the same everywhere: the numbering could then change.
    init?(_ documents: [SearchDocument], updating previous: FacetTable, from before: [SearchDocument]) {
        let ranges = before.differingRanges(to: documents) { $0.facets == $1.facets }
        let (removed, added) = (before[ranges.removed], documents[ranges.added])
        if removed.isEmpty, added.isEmpty {
            self = previous
            return
        }
        guard removed.count + added.count <= max(64, documents.count / 50) else { return nil }
        let start = ranges.added.lowerBound
        var table = Builder(previous, shiftingFrom: ranges.removed.upperBound, by: documents.count - before.count)
        for value in removed.flatMap(\.facets) {
            guard !previous.mixedLabels.contains(value.key), let first = previous.firstDocument[value.key], first < start else { return nil }
            table.counts[value.key]?.count -= 1
        }
        // A value new to a facet takes its next number only if no value of it is first met after these documents.
        let lastFirst = previous.values.map { $0.last.flatMap { previous.firstDocument[$0.value.key] } ?? -1 }
        for (offset, document) in added.enumerated() {
            for value in document.facets where !table.canCount(value, at: start + offset, appendable: lastFirst[Self.position[value.facet] ?? 0] < start) {
                return nil
            }
            table.count(document, at: start + offset)
        }
        self.init(table, mixedLabels: table.mixed)
    }

    private init(_ table: Builder, mixedLabels: Set<String>) {
        values = table.order.map { keys in keys.compactMap { table.counts[$0] }.filter { $0.count > 0 } }
        var ids: [String: Int] = [:]
        for (position, members) in values.enumerated() {
            for (number, member) in members.enumerated() { ids[member.value.key] = number * Self.facets.count + position }
        }
        id = ids
        firstDocument = table.firstDocument.filter { ids[$0.key] != nil }
        self.mixedLabels = mixedLabels
    }

    private static let position = Dictionary(uniqueKeysWithValues: facets.enumerated().map { ($0.element, $0.offset) })

    /// Whether every value of `other` that this table still has keeps its id here.
    func keepsIDs(of other: FacetTable) -> Bool {
        other.id.allSatisfy { key, number in id[key].map { $0 == number } ?? true }
    }

    /// Values counted and numbered in the order documents carry them.
    private struct Builder {
        var counts: [String: (value: FacetValue, count: Int)] = [:]
        var firstDocument: [String: Int] = [:]
        var order: [[String]] = FacetTable.facets.map { _ in [] }
        var mixed: Set<String> = []

        init() {}

        /// `previous`'s values, with the first documents at or after `end` moved by `shift`.
        init(_ previous: FacetTable, shiftingFrom end: Int, by shift: Int) {
            for members in previous.values { for member in members { counts[member.value.key] = member } }
            firstDocument = previous.firstDocument.mapValues { $0 >= end ? $0 + shift : $0 }
            order = previous.values.map { $0.map(\.value.key) }
            mixed = previous.mixedLabels
        }

        /// Whether counting `value` at document `position` keeps the numbers so far: its label is its
        /// only one, and it is met first no later than `position`, or is new to a facet all of whose
        /// values were met before (`appendable`).
        func canCount(_ value: FacetValue, at position: Int, appendable: Bool) -> Bool {
            guard !mixed.contains(value.key) else { return false }
            guard let known = counts[value.key] else { return appendable }
            return known.value.label == value.label && (firstDocument[value.key] ?? position) <= position
        }

        mutating func count(_ document: SearchDocument, at position: Int) {
            for value in document.facets {
                if let known = counts[value.key] {
                    if known.value.label != value.label { mixed.insert(value.key) }
                    counts[value.key]?.count += 1
                } else {
                    counts[value.key] = (value, 1)
                    firstDocument[value.key] = position
                    order[FacetTable.position[value.facet] ?? 0].append(value.key)
                }
            }
        }
    }
}
