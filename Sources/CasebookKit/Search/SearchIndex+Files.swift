import Foundation

/// The files of the search index under `search/`, in format version 2 (described in the README).
extension SearchIndex {
    /// Display records per `search/docs/<n>.json` file, and filter data per `search/meta/<n>.json` file.
    static let docShardSize = 32, metaShardSize = 32
    /// Facet values per `search/labels/<n>.json` file.
    static let labelBlockSize = 64
    /// Term shards close once their JSON passes this size, so a first query downloads little.
    static let termShardBytes = 48 * 1024

    /// `index.json`, `facets.json`, the term shards, label blocks, filter data and display records; the
    /// texts come one by one from `textFile(_:)`.
    func files(strings: InterfaceStrings) -> [OutputFile] {
        let (shards, boundaries) = termShards()
        var files = shards.enumerated().map { OutputFile(path: "search/terms/\($0.offset).json", contents: Array($0.element.utf8)) }
        let meta = "{\"version\":2,\"documentCount\":\(documents.count),\"docShardSize\":\(Self.docShardSize),"
            + "\"metaShardSize\":\(Self.metaShardSize),\"labelBlockSize\":\(Self.labelBlockSize),"
            + "\"termShards\":[\(boundaries.map(Escaping.jsonString).joined(separator: ","))]}\n"
        files.append(OutputFile(path: "search/index.json", contents: Array(meta.utf8)))
        let values = FacetTable(documents)
        files += values.files(strings: strings)
        files += Self.sharded(documents, size: Self.metaShardSize, folder: "meta") { document in
            let date = document.date.map { $0.year * 10_000 + $0.month * 100 + $0.day } ?? 0
            return "[" + ([date] + document.facets.compactMap { values.id[$0.key] }.sorted()).map(String.init).joined(separator: ",") + "]"
        }
        files += Self.sharded(documents, size: Self.docShardSize, folder: "docs") { record($0, strings: strings) }
        return files
    }

    /// `search/text/<id>.txt`: the text snippets are cut from.
    func textFile(_ id: Int) -> OutputFile {
        let document = documents[id]
        let text = ([document.title] + document.names + [document.summary, document.body]).joined(separator: "\n")
        return OutputFile(path: "search/text/\(id).txt", contents: Array(text.utf8))
    }

    /// JSON arrays of `size` consecutive documents each, one line per document.
    static func sharded(
        _ documents: [SearchDocument], size: Int, folder: String, _ line: @Sendable (SearchDocument) -> String
    ) -> [OutputFile] {
        Array(stride(from: 0, to: documents.count, by: size)).parallelMap(counted: false) { start in
            let lines = documents[start..<min(start + size, documents.count)].map(line)
            let json = "[\n" + lines.joined(separator: ",\n") + "\n]\n"
            return OutputFile(path: "search/\(folder)/\(start / size).json", contents: Array(json.utf8))
        }
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

    /// One document's display record in a `docs` shard.
    private func record(_ document: SearchDocument, strings: InterfaceStrings) -> String {
        var fields = ["\"t\":" + Escaping.jsonString(document.title), "\"u\":" + Escaping.jsonString(document.path)]
        if let date = document.date {
            fields.append("\"d\":\"\(date.iso)\"")
            fields.append("\"dl\":" + Escaping.jsonString(strings.format(date)))
        }
        fields.append("\"kl\":" + Escaping.jsonString(document.facets.first { $0.facet == .kind }?.label ?? ""))
        if let country = document.facets.first(where: { $0.facet == .country }) {
            fields.append("\"cl\":" + Escaping.jsonString(country.label))
        }
        fields.append("\"s\":" + Escaping.jsonString(Self.shortened(document.summary, to: 160)))
        return "{" + fields.joined(separator: ",") + "}"
    }

    static func shortened(_ text: String, to length: Int) -> String {
        guard text.count > length else { return text }
        return text.prefix(length - 1).trimmingCharacters(in: .whitespaces) + "…"
    }
}
