/// Every filter value of the search index with its global id: a facet's values have contiguous ids,
/// most frequent first, so the first ids of a facet are the ones a filter list shows first.
struct FacetTable: Sendable {
    /// Values in id order, with how many documents carry each.
    let values: [(value: FacetValue, count: Int)]
    /// The id of each value, by posting key (`country=KAZ`).
    let id: [String: Int]
    /// Where each facet's ids start, and how many it has.
    let ranges: [(facet: SearchFacet, first: Int, count: Int)]

    /// Numbers the values of `documents`; each value keeps the label it is first met with.
    init(_ documents: [SearchDocument]) {
        var counts: [String: (value: FacetValue, count: Int)] = [:]
        for document in documents {
            for value in document.facets { counts[value.key, default: (value, 0)].count += 1 }
        }
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
        id = Dictionary(uniqueKeysWithValues: values.enumerated().map { ($0.element.value.key, $0.offset) })
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
            files.append(OutputFile(path: "search/labels/\(start / size).json", contents: Array(("[\n" + lines.joined(separator: ",\n") + "\n]\n").utf8)))
        }
        return files
    }
}
