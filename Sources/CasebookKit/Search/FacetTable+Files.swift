/// The filter files of the search index: `facets.json` and each facet's label blocks.
extension FacetTable {
    /// `facets.json` and the label blocks, `search/labels/<facet>/<b>.json`.
    func files(strings: InterfaceStrings) -> [OutputFile] {
        let facets = zip(Self.facets, values).map { facet, members in
            "{\"key\":\"\(facet.rawValue)\",\"label\":\(Escaping.jsonString(strings[facet.labelKey])),\"count\":\(members.count),"
                + "\"top\":[\(top(of: facet, members).map(String.init).joined(separator: ","))]}"
        }
        let json = "{\"facets\":[\n" + facets.joined(separator: ",\n") + "\n]}\n"
        var files = [OutputFile(path: "search/facets.json", contents: Array(json.utf8))]
        let size = SearchIndex.labelBlockSize
        for (facet, members) in zip(Self.facets, values) {
            for start in stride(from: 0, to: members.count, by: size) {
                let lines = members[start..<min(start + size, members.count)].map { value, count in
                    "[\(Escaping.jsonString(value.value)),\(Escaping.jsonString(value.label)),\(count)]"
                }
                files.append(OutputFile(path: "search/labels/\(facet.rawValue)/\(start / size).json", contents: SearchIndex.entries(lines)))
            }
        }
        return files
    }

    /// The ids of a facet's `topCount` most frequent values, most frequent first, then by label and value.
    private func top(of facet: SearchFacet, _ members: [(value: FacetValue, count: Int)]) -> [Int] {
        members.sorted { a, b in (b.count, a.value.label, a.value.value) < (a.count, b.value.label, b.value.value) }
            .prefix(Self.topCount).compactMap { id[$0.value.key] }
    }
}
