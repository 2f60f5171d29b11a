import Foundation

/// The files of the search index under `search/`, in format version 1 (described in the README).
extension SearchIndex {
    /// Records per `search/docs/<n>.json` file.
    static let docShardSize = 128
    /// Term shards close once their JSON passes this size, so a first query downloads little.
    static let termShardBytes = 48 * 1024

    /// `index.json`, `facets.json`, the term and document shards and each page's text.
    func files(strings: InterfaceStrings) -> [OutputFile] {
        let (shards, boundaries) = termShards()
        var files = shards.enumerated().map { OutputFile(path: "search/terms/\($0.offset).json", contents: Array($0.element.utf8)) }
        let meta = "{\"version\":1,\"documentCount\":\(documents.count),\"docShardSize\":\(Self.docShardSize),"
            + "\"termShards\":[\(boundaries.map(Escaping.jsonString).joined(separator: ","))]}\n"
        files.append(OutputFile(path: "search/index.json", contents: Array(meta.utf8)))
        files.append(OutputFile(path: "search/facets.json", contents: Array(facetsJSON(strings: strings).utf8)))
        for start in stride(from: 0, to: documents.count, by: Self.docShardSize) {
            let records = documents[start..<min(start + Self.docShardSize, documents.count)].map { record($0, strings: strings) }
            let json = "[\n" + records.joined(separator: ",\n") + "\n]\n"
            files.append(OutputFile(path: "search/docs/\(start / Self.docShardSize).json", contents: Array(json.utf8)))
        }
        for (id, document) in documents.enumerated() {
            let text = ([document.title] + document.names + [document.summary, document.body]).joined(separator: "\n")
            files.append(OutputFile(path: "search/text/\(id).txt", contents: Array(text.utf8)))
        }
        return files
    }

    /// Term shards of bounded size, and the shortest prefix that starts each one.
    private func termShards() -> (shards: [String], boundaries: [String]) {
        var shards: [String] = [], boundaries: [String] = []
        var current = "", previousTerm: String?
        for (term, postings) in terms {
            if current.utf8.count >= Self.termShardBytes {
                shards.append(current + "\n}\n")
                boundaries.append(Self.shortestPrefix(of: term, after: previousTerm ?? ""))
                current = ""
            }
            if boundaries.isEmpty { boundaries.append("") }
            current += current.isEmpty ? "{\n" : ",\n"
            current += Escaping.jsonString(term) + ":["
            var last: Int32 = 0
            for (position, posting) in postings.enumerated() {
                if position > 0 { current += "," }
                current += String(posting.document - last) + "," + String(posting.weight)
                last = posting.document
            }
            current += "]"
            previousTerm = term
        }
        if !current.isEmpty || shards.isEmpty { shards.append((current.isEmpty ? "{" : current) + "\n}\n") }
        if boundaries.isEmpty { boundaries.append("") }
        return (shards, boundaries)
    }

    /// The shortest prefix of `term` that sorts after `previous`: shard boundaries stay short.
    static func shortestPrefix(of term: String, after previous: String) -> String {
        let units = Array(term.utf16)
        for length in 1...units.count {
            let prefix = units[..<length]
            if previous.utf16.lexicographicallyPrecedes(prefix) { return String(decoding: prefix, as: UTF16.self) }
        }
        return term
    }

    /// One document's record in a `docs` shard.
    private func record(_ document: SearchDocument, strings: InterfaceStrings) -> String {
        var fields = ["\"t\":" + Escaping.jsonString(document.title), "\"u\":" + Escaping.jsonString(document.path)]
        if let date = document.date {
            fields.append("\"d\":\"\(date.iso)\"")
            fields.append("\"dl\":" + Escaping.jsonString(strings.format(date)))
        }
        fields.append("\"k\":" + Escaping.jsonString(document.facets.first { $0.facet == .kind }?.value ?? ""))
        fields.append("\"s\":" + Escaping.jsonString(Self.shortened(document.summary, to: 200)))
        fields.append("\"f\":[" + document.facets.map { Escaping.jsonString($0.key) }.joined(separator: ",") + "]")
        return "{" + fields.joined(separator: ",") + "}"
    }

    static func shortened(_ text: String, to length: Int) -> String {
        guard text.count > length else { return text }
        return text.prefix(length - 1).trimmingCharacters(in: .whitespaces) + "…"
    }

    /// Every filter with its values, their labels and how many pages carry each.
    private func facetsJSON(strings: InterfaceStrings) -> String {
        var counts: [String: (value: FacetValue, count: Int)] = [:]
        for document in documents {
            for value in document.facets { counts[value.key, default: (value, 0)].count += 1 }
        }
        let facets = SearchFacet.allCases.map { facet in
            let values = counts.values.filter { $0.value.facet == facet }.sorted { a, b in
                facet == .year ? a.value.value > b.value.value : (a.value.label, a.value.value) < (b.value.label, b.value.value)
            }
            let list = values.map { "[\(Escaping.jsonString($0.value.value)),\(Escaping.jsonString($0.value.label)),\($0.count)]" }
            return "{\"key\":\"\(facet.rawValue)\",\"label\":\(Escaping.jsonString(strings[facet.labelKey])),\"values\":[\n"
                + list.joined(separator: ",\n") + "]}"
        }
        return "{\"facets\":[\n" + facets.joined(separator: ",\n") + "\n]}\n"
    }
}
