/// Every filter value of the search index with its global id: a facet's values have contiguous ids,
/// most frequent first, so the first ids of a facet are the ones a filter list shows first.
struct FacetTable: Sendable {
    /// Values in id order, with how many documents carry each.
    let values: [(value: FacetValue, count: Int)]
    /// The id of each value, by posting key (`country=KAZ`).
    let id: [String: Int]
    /// Where each facet's ids start, and how many it has.
    let ranges: [(facet: SearchFacet, first: Int, count: Int)]

    /// Posting keys that documents carry under more than one label: only the first label met counts, so
    /// an update that touches one of these cannot tell which it would be.
    let mixedLabels: Set<String>

    /// Numbers the values of `documents`; each value keeps the label it is first met with.
    init(_ documents: [SearchDocument]) {
        var counts: [String: (value: FacetValue, count: Int)] = [:]
        var mixed: Set<String> = []
        for document in documents {
            for value in document.facets { Self.count(value, in: &counts[value.key, default: (value, 0)], mixed: &mixed) }
        }
        self.init(counts: counts, mixedLabels: mixed)
    }

    /// The table of `documents` made from `previous`, the table of `before`, by counting again only the
    /// documents between their common start and end; nil when those are many or carry a value whose label
    /// is not the same everywhere.
    init?(_ documents: [SearchDocument], updating previous: FacetTable, from before: [SearchDocument]) {
        let ranges = before.differingRanges(to: documents) { $0.facets == $1.facets }
        let (removed, added) = (before[ranges.removed], documents[ranges.added])
        if removed.isEmpty, added.isEmpty {
            self = previous
            return
        }
        guard removed.count + added.count <= max(64, documents.count / 50) else { return nil }
        var counts = Dictionary(uniqueKeysWithValues: previous.values.map { ($0.value.key, $0) })
        for value in removed.flatMap(\.facets) {
            guard !previous.mixedLabels.contains(value.key) else { return nil }
            counts[value.key]?.count -= 1
        }
        for value in added.flatMap(\.facets) {
            guard !previous.mixedLabels.contains(value.key), (counts[value.key]?.value.label ?? value.label) == value.label else { return nil }
            counts[value.key, default: (value, 0)].count += 1
        }
        self.init(counts: counts.filter { $0.value.count > 0 }, mixedLabels: previous.mixedLabels)
    }

    /// Numbers counted values: by facet, most frequent first, then by label.
    private init(counts: [String: (value: FacetValue, count: Int)], mixedLabels: Set<String>) {
        var values: [(value: FacetValue, count: Int)] = [], ranges: [(facet: SearchFacet, first: Int, count: Int)] = []
        for facet in SearchFacet.allCases {
            let members = counts.values.filter { $0.value.facet == facet }.sorted { a, b in
                (b.count, a.value.label, a.value.value) < (a.count, b.value.label, b.value.value)
            }
            ranges.append((facet, values.count, members.count))
            values += members
        }
        self.values = values
        self.ranges = ranges
        self.mixedLabels = mixedLabels
        id = Dictionary(uniqueKeysWithValues: values.enumerated().map { ($0.element.value.key, $0.offset) })
    }

    private static func count(_ value: FacetValue, in entry: inout (value: FacetValue, count: Int), mixed: inout Set<String>) {
        if entry.value.label != value.label { mixed.insert(value.key) }
        entry.count += 1
    }

    /// `facets.json` and the label blocks.
    func files(strings: InterfaceStrings) -> [OutputFile] {
        let facets = ranges.map { facet, first, count in
            "{\"key\":\"\(facet.rawValue)\",\"label\":\(Escaping.jsonString(strings[facet.labelKey])),\"first\":\(first),\"count\":\(count)}"
        }
        let json = "{\"facets\":[\n" + facets.joined(separator: ",\n") + "\n]}\n"
        var files = [OutputFile(path: "search/facets.json", contents: Array(json.utf8))]
        let size = SearchIndex.labelBlockSize
        for start in stride(from: 0, to: values.count, by: size) {
            let lines = values[start..<min(start + size, values.count)].map { value, count in
                "[\(Escaping.jsonString(value.value)),\(Escaping.jsonString(value.label)),\(count)]"
            }
            files.append(OutputFile(path: "search/labels/\(start / size).json", contents: SearchIndex.entries(lines)))
        }
        return files
    }
}
