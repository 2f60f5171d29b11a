import Foundation

/// The files of the search index under `search/`, in format version 6 (described in the README). None parses
/// as JavaScript, so that no `<script src>` can run one: JSON files are objects, texts start with `textGuard`.
extension SearchIndex {
    /// Display records per `search/docs/<n>.json` file, and filter data per `search/meta/<n>.json` file.
    static let docShardSize = 32, metaShardSize = 32
    /// Facet values per `search/labels/<facet>/<n>.json` file.
    static let labelBlockSize = 64
    /// Term shards close once their JSON passes this size, so a first query downloads little.
    static let termShardBytes = 48 * 1024
    /// The letters search spells otherwise after folding (`SearchText.spelledOut`), as a JSON object the
    /// client folds queries with: one table for both.
    static let foldTable = "{" + SearchText.spelledOut.map { (String($0.key), $0.value) }.sorted { $0.0.unicodeScalars.first!.value < $1.0.unicodeScalars.first!.value }
        .map { "\(Escaping.jsonString($0.0)):\(Escaping.jsonString($0.1))" }.joined(separator: ",") + "}"

    /// The first line of every text: a JavaScript syntax error, which `search.js` strips.
    static let textGuard = ")]}'\n"

    /// `index.json`, `facets.json`, the term shards, label blocks, filter data and display records; the
    /// texts come one by one from `textFile(_:)`.
    func files(strings: InterfaceStrings) -> [OutputFile] { files(strings: strings, reusing: nil, texts: false).files }

    /// The files of `files(strings:)` and every text, reusing from `previous` each shard and text whose
    /// inputs are unchanged, with what the next build can reuse.
    func files(strings: InterfaceStrings, reusing previous: SearchFiles?) -> (files: [OutputFile], memo: SearchFiles) {
        files(strings: strings, reusing: previous, texts: true)
    }

    private func files(strings: InterfaceStrings, reusing previous: SearchFiles?, texts: Bool) -> (files: [OutputFile], memo: SearchFiles) {
        let shards = termShards(reusing: changedTerms == nil ? [] : previous?.termShards ?? [])
        return files(shards: shards, strings: strings, reusing: previous, texts: texts, records: true)
    }

    /// The files besides the term shards, and the shards that kept their bytes, with what the next build
    /// can reuse; `shards` are this index's, made already. Without `records`, the display records are
    /// left out (`RecordShards` wrote them).
    func files(
        shards: [TermShard], strings: InterfaceStrings, reusing previous: SearchFiles?, texts: Bool, records: Bool
    ) -> (files: [OutputFile], memo: SearchFiles) {
        var files = shards.enumerated().compactMap { shard in
            shard.element.bytes.isEmpty ? nil : OutputFile(path: Self.shardPath("terms", shard.offset), contents: shard.element.bytes)
        }
        let boundaries = shards.indices.map { $0 == 0 ? "" : Self.shortestPrefix(of: shards[$0].first, after: shards[$0 - 1].last) }
        let meta = "{\"version\":6,\"documentCount\":\(documents.count),\"docShardSize\":\(Self.docShardSize),"
            + "\"metaShardSize\":\(Self.metaShardSize),\"labelBlockSize\":\(Self.labelBlockSize),"
            + "\"termShards\":[\(boundaries.map(Escaping.jsonString).joined(separator: ","))],\"fold\":\(Self.foldTable)}\n"
        files.append(OutputFile(path: "search/index.json", contents: Array(meta.utf8)))
        let values = previous.flatMap { $0.facetTable(for: documents) } ?? FacetTable(documents)
        files += values.files(strings: strings)
        let (sameFacets, sameStrings) = (previous.map { values.keepsIDs(of: $0.facets) } ?? false, previous?.strings == strings.table)
        let filters = sharded(size: Self.metaShardSize, folder: "meta", reusing: sameFacets ? previous : nil, \.meta) { document in
            let date = document.date.map { $0.year * 10_000 + $0.month * 100 + $0.day } ?? 0
            return "[" + ([date] + document.facets.compactMap { values.id[$0.key] }.sorted()).map(String.init).joined(separator: ",") + "]"
        }
        let records = !records ? [] : sharded(size: Self.docShardSize, folder: "docs", reusing: sameStrings ? previous : nil, \.docs) {
            Self.record($0, strings: strings)
        }
        let texts = texts ? self.texts(reusing: previous) : []
        let memo = SearchFiles(
            termShards: shards, documents: documents, strings: strings.table, facets: values, meta: filters, docs: records, texts: texts)
        return (files + filters + records + texts, memo)
    }

    /// Every page's text file, reusing `previous`'s where the page is unchanged. Texts are named after
    /// paths, so a page's last text is looked up by path when its id moved.
    private func texts(reusing previous: SearchFiles?) -> [OutputFile] {
        let (before, earlier) = (previous?.documents ?? [], previous?.texts ?? [])
        var ids: [String: Int]?
        return documents.indices.map { id in
            let document = documents[id]
            var old: Int? = id < before.count && before[id].path == document.path ? id : nil
            if old == nil {
                ids = ids ?? Dictionary(before.indices.map { (before[$0].path, $0) }, uniquingKeysWith: { first, _ in first })
                old = ids?[document.path]
            }
            return old.flatMap { before[$0] == document ? earlier[$0] : nil } ?? textFile(id)
        }
    }

    /// `search/text/<name>.txt`: the text snippets are cut from, named after the page's path so that
    /// it stays put when other pages come and go.
    func textFile(_ id: Int) -> OutputFile { Self.textFile(of: documents[id]) }

    /// The text file of one page (see `textFile(_:)`).
    static func textFile(of document: SearchDocument) -> OutputFile {
        let text = Self.textGuard + ([document.title] + document.names + [document.summary, document.body]).joined(separator: "\n")
        return OutputFile(path: "search/text/\(textName(of: document.path)).txt", contents: Array(text.utf8))
    }

    /// A page's path as one file name: `cases/x/` gives `cases.x` (slugs hold no dots).
    static func textName(of path: String) -> String {
        path.split(separator: "/").joined(separator: ".")
    }

    /// `search/<folder>/<n>.json`, the `n`th file of `folder`.
    static func shardPath(_ folder: String, _ number: Int) -> String { "search/\(folder)/\(number).json" }

    /// JSON objects of `size` consecutive documents each, one line per document; a file of `previous`
    /// made from the same documents is reused.
    private func sharded(
        size: Int, folder: String, reusing previous: SearchFiles?, _ files: KeyPath<SearchFiles, [OutputFile]>,
        _ line: @Sendable (SearchDocument) -> String
    ) -> [OutputFile] {
        let documents = self.documents
        let (before, earlier) = (previous?.documents ?? [], previous?[keyPath: files] ?? [])
        return Array(stride(from: 0, to: documents.count, by: size)).parallelMap(counted: false) { start in
            let range = start..<min(start + size, documents.count)
            if start / size < earlier.count, min(start + size, before.count) == range.upperBound, before[range] == documents[range] {
                return earlier[start / size]
            }
            return OutputFile(path: Self.shardPath(folder, start / size), contents: Self.entries(documents[range].map(line)))
        }
    }

    /// `{"entries":[…]}` with one line per entry: an object, as a JSON array would be a valid script.
    static func entries(_ lines: [String]) -> [UInt8] {
        Array(("{\"entries\":[\n" + lines.joined(separator: ",\n") + "\n]}\n").utf8)
    }

    /// Term shards of bounded size (see `TermShardWriter`), with their bytes. A shard of `previous` is
    /// reused where it starts at the same term, none of its terms changed, and it ends the same way (full,
    /// or at the last term).
    private func termShards(reusing previous: [TermShard]) -> [TermShard] {
        let earlier = Dictionary(previous.map { ($0.first, $0) }, uniquingKeysWith: { first, _ in first })
        let changed = changedTerms ?? []
        var writer = TermShardWriter(keepingBytes: true)
        var position = 0
        while position < terms.count {
            let (term, postings) = terms[position]
            if writer.startsShard, let old = earlier[term], position + old.count <= terms.count,
                terms[position + old.count - 1].term == old.last, old.full || position + old.count == terms.count,
                !Self.contains(changed, from: old.first, to: old.last)
            {
                _ = writer.reuse(old)
                position += old.count
                continue
            }
            _ = writer.add(term, postings)
            position += 1
        }
        _ = writer.finish()
        return writer.shards
    }

    /// A term's entry: its postings as pairs of id gap and weight.
    static func append(_ term: String, _ postings: [Posting], to bytes: inout [UInt8]) {
        Escaping.appendJSONString(term, to: &bytes)
        bytes += ":[".utf8
        var last: Int32 = 0
        for (position, posting) in postings.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.appendDecimal(Int(posting.document - last))
            bytes.append(UInt8(ascii: ","))
            bytes.appendDecimal(Int(posting.weight))
            last = posting.document
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Whether the sorted `terms` hold one from `first` to `last` (UTF-16 order).
    private static func contains(_ terms: [String], from first: String, to last: String) -> Bool {
        let low = terms.partitionPoint { $0.utf16.lexicographicallyPrecedes(first.utf16) }
        return low < terms.count && !last.utf16.lexicographicallyPrecedes(terms[low].utf16)
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
    static func record(_ document: SearchDocument, strings: InterfaceStrings) -> String {
        var fields = ["\"t\":" + Escaping.jsonString(document.title), "\"u\":" + Escaping.jsonString(document.path)]
        if let date = document.date {
            fields.append("\"d\":\"\(date.iso)\"")
            fields.append("\"dl\":" + Escaping.jsonString(strings.format(date)))
        }
        fields.append("\"kl\":" + Escaping.jsonString(document.facets.first { $0.facet == .kind }?.label ?? ""))
        if let country = document.facets.first(where: { $0.facet == .country }) {
            fields.append("\"cl\":" + Escaping.jsonString(country.label))
        }
        fields.append("\"s\":" + Escaping.jsonString(Self.shortened(document.summary, to: Self.summaryLength)))
        return "{" + fields.joined(separator: ",") + "}"
    }

    /// The characters of a summary a result shows.
    static let summaryLength = 160

    static func shortened(_ text: String, to length: Int) -> String {
        guard text.count > length else { return text }
        return text.prefix(length - 1).trimmingCharacters(in: .whitespaces) + "…"
    }
}

/// A term shard's JSON, with the terms it runs from and to, so that a patched index can reuse it.
struct TermShard: Sendable {
    var first: String
    var last: String
    var count: Int
    /// Whether it closed because it was full rather than because the terms ran out.
    var full: Bool
    var bytes: [UInt8]
}

/// What one build's index files were made from and gave, for the next build to reuse.
struct SearchFiles: Sendable {
    var termShards: [TermShard]
    var documents: [SearchDocument]
    var strings: [String: String]
    var facets: FacetTable
    var meta: [OutputFile]
    var docs: [OutputFile]
    var texts: [OutputFile]

    /// The facet table of `documents`, updated from this one where few documents differ.
    func facetTable(for documents: [SearchDocument]) -> FacetTable? {
        FacetTable(documents, updating: facets, from: self.documents)
    }
}
