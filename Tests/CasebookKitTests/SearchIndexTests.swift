import Foundation
import Testing
@testable import CasebookKit

@Suite("Search index: postings, weights and the files the search page reads")
struct SearchIndexTests {
    static func document(_ title: String, body: String = "", names: [String] = [], facets: [FacetValue] = []) -> SearchDocument {
        SearchDocument(title: title, path: "p/\(Slug.make(from: title))/", date: Day(iso: "2021-05-29"), summary: "", names: names, body: body,
            facets: [FacetValue(facet: .kind, value: "case", label: "Case")] + facets)
    }

    /// Files by path, to compare sets of files and name those that differ.
    static func contents(_ files: [OutputFile]) -> [String: [UInt8]] {
        Dictionary(files.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
    }

    static let kaz = FacetValue(facet: .country, value: "KAZ", label: "Kazakhstan")

    func postings(_ index: SearchIndex, _ term: String) -> [SearchIndex.Posting] {
        index.terms.first { $0.term == term }?.postings ?? []
    }

    @Test("a term weighs 8 in a title, 4 in a name and 1 per body occurrence; facet values weigh 1")
    func weights() {
        let index = SearchIndex([
            Self.document("Serzhan detained", body: "Serzhan and Sekerbayeva. Serzhan.", names: ["Gulzada Serzhan"], facets: [Self.kaz]),
            Self.document("Other case", body: "Nothing about her."),
        ])
        #expect(postings(index, "serzhan") == [.init(document: 0, weight: 8 + 4 + 2)])
        #expect(postings(index, "case") == [.init(document: 1, weight: 8)])
        #expect(postings(index, "country=KAZ") == [.init(document: 0, weight: 1)])
        #expect(postings(index, "kind=case").map(\.document) == [0, 1])
    }

    @Test("pages weighed in chunks give the postings each page's own weights give, across chunks and blocks")
    func chunks() {
        let words = ["Serzhan", "Sekerbayeva", "Žanar", "detained", "Shymkent", "article", "19", "ICCPR", "中文", "ﬁnal"]
        let documents = (0..<1300).map { number in
            Self.document("Case \(number) \(words[number % words.count])",
                body: (0..<(number % 17)).map { words[($0 * number) % words.count] }.joined(separator: " "),
                names: number % 3 == 0 ? ["Gulzada \(words[number % 7])"] : [], facets: number % 2 == 0 ? [Self.kaz] : [])
        }
        var expected: [String: [SearchIndex.Posting]] = [:]
        for (id, document) in documents.enumerated() {
            for (term, weight) in SearchIndex.weights(of: document) { expected[term, default: []].append(.init(document: Int32(id), weight: weight)) }
        }
        let index = SearchIndex(documents)
        #expect(index.terms.count == expected.count)
        #expect(index.terms.allSatisfy { expected[$0.term] == $0.postings })
        #expect(postings(index, "case").count == 1300)
    }

    @Test("postings set down in runs and merged back, and records written as pages come, give the files of an index held whole, byte for byte")
    func spilled() throws {
        let words = ["Serzhan", "Сейтжан", "Žanar", "detained", "ﬀ", "article", "19", "𝒳ray", "\u{FF21}", "中文", "zeta"]
        let documents = (0..<1200).map { number in
            Self.document("Case \(number) \(words[number % words.count])",
                body: (0..<(number % 13)).map { words[($0 * number + 3) % words.count] + "\(number % 5)" }.joined(separator: " "),
                facets: number % 2 == 0 ? [Self.kaz] : [])
        }
        let strings = InterfaceStrings(table: [:])
        let whole = SearchIndex(documents, keepingWeights: false).files(strings: strings)
        #expect(whole.filter { $0.path.hasPrefix("search/terms/") }.count > 1)
        for (blockSize, spillSize) in [(1, 1), (7, 40), (64, 1 << 24)] {
            var postings = SearchIndex.Postings(spillingInto: [try TestSupport.temporaryFolder()], after: spillSize)
            var records = SearchIndex.RecordShards()
            let output = StagingFolder()
            for start in stride(from: 0, to: documents.count, by: blockSize) {
                let block = documents[start..<min(start + blockSize, documents.count)]
                try records.add(block.map { SearchIndex.record($0, strings: strings) }, into: output)
                postings.add(block)
            }
            try records.finish(into: output)
            try postings.write(strings: strings, into: output)
            let (written, expected) = (Self.contents(output.files), Self.contents(whole))
            #expect(written.keys.sorted() == expected.keys.sorted())
            #expect(expected.keys.sorted().filter { written[$0] != expected[$0] } == [], "block \(blockSize), runs of \(spillSize)")
        }
    }

    @Test("a term table tells terms apart by their bytes and keeps every id as it grows")
    func termTable() {
        var table = TermTable(expected: 4)
        let terms = (0..<5000).map { "t\($0)" } + ["e\u{301}", "é", "中文", ""]
        let ids = terms.map { table.id(of: Array($0.utf8)) }
        #expect(ids == Array(0..<terms.count))
        #expect(terms.map { table.id(of: Array($0.utf8)) } == ids)
        #expect(ids.map(table.term) == terms)
        #expect(table.count == terms.count)
    }

    @Test("term weights add up on a page, a set weight replaces them, and the next page starts afresh")
    func termWeights() {
        var weights = TermWeights(expected: 8)
        weights.add(Array("serzhan".utf8), 8)
        weights.add(Array("serzhan".utf8), 1)
        weights.add(Array("kaz".utf8), 300)
        weights.set(Array("country=KAZ".utf8), 1)
        weights.set(Array("kaz".utf8), 2)
        #expect(weights.take().map { [weights.table.term($0.id): $0.weight] } == [["serzhan": 9], ["kaz": 2], ["country=KAZ": 1]])
        weights.add(Array("kaz".utf8), 300)
        #expect(weights.take().map { [weights.table.term($0.id): $0.weight] } == [["kaz": 255]])
        #expect(weights.take().isEmpty)
    }

    @Test("terms are in UTF-16 order, the order of JavaScript's string comparison")
    func order() {
        let index = SearchIndex([Self.document("zeta alpha Ωmega 𝒳ray ﬀ beta")])
        let terms = index.terms.map(\.term)
        #expect(terms == terms.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) })
        #expect(terms.first == "alpha")
    }

    @Test("shard boundaries are the shortest prefixes that still sort after the previous shard")
    func boundaries() {
        #expect(SearchIndex.shortestPrefix(of: "serzhan", after: "sekerbayeva") == "ser")
        #expect(SearchIndex.shortestPrefix(of: "b", after: "azzz") == "b")
        #expect(SearchIndex.shortestPrefix(of: "abc", after: "ab") == "abc")
    }

    @Test("every term is found in the shard index.json points to, with its postings delta-encoded")
    func shardsRoundTrip() throws {
        let bodies = (0..<600).map { number in (0..<40).map { "w\((number * 7 + $0 * 13) % 2_000)x" }.joined(separator: " ") }
        let index = SearchIndex(bodies.enumerated().map { Self.document("Doc \($0.offset)", body: $0.element) })
        let files = Dictionary(uniqueKeysWithValues: index.files(strings: InterfaceStrings(table: [:])).map { ($0.path, Data($0.contents)) })
        let metaData = try #require(files["search/index.json"])
        let meta = try #require(try JSONSerialization.jsonObject(with: metaData) as? [String: Any])
        let boundaries = try #require(meta["termShards"] as? [String])
        #expect(boundaries.count > 1, "a large index is split")
        #expect(meta["documentCount"] as? Int == 600)
        var shards: [[String: [Int]]] = []
        for number in boundaries.indices {
            let data = try #require(files["search/terms/\(number).json"])
            #expect(data.count < SearchIndex.termShardBytes * 2)
            shards.append(try #require(try JSONSerialization.jsonObject(with: data) as? [String: [Int]]))
        }
        for (term, expected) in index.terms {
            let shard = boundaries.lastIndex { !term.utf16.lexicographicallyPrecedes($0.utf16) }!
            let pairs = try #require(shards[shard][term], "\(term) is in shard \(shard)")
            var id = 0
            let decoded = stride(from: 0, to: pairs.count, by: 2).map { at -> SearchIndex.Posting in
                id += pairs[at]
                return SearchIndex.Posting(document: Int32(id), weight: UInt8(pairs[at + 1]))
            }
            #expect(decoded == expected)
        }
        #expect(files["search/docs/18.json"] != nil && files["search/docs/19.json"] == nil, "600 records in shards of 32")
        #expect(files["search/meta/18.json"] != nil && files["search/meta/19.json"] == nil)
        #expect(!files.keys.contains { $0.hasPrefix("search/text/") }, "texts are made one by one")
        let text = index.textFile(599)
        #expect(text.path == "search/text/\(SearchIndex.textName(of: index.documents[599].path)).txt")
        #expect(String(decoding: text.contents, as: UTF8.self).hasPrefix(")]}'\nDoc 599\n"), "a guard line, then the title")
    }

    @Test("a facet numbers its values in the order pages first carry them; an id is that number times the facets plus the facet's place; meta shards list each page's date and ids")
    func facets() throws {
        let y2020 = FacetValue(facet: .year, value: "2020", label: "2020"), y2021 = FacetValue(facet: .year, value: "2021", label: "2021")
        let index = SearchIndex([
            Self.document("A", facets: [Self.kaz, y2020]), Self.document("B", facets: [Self.kaz, y2021]), Self.document("C", facets: [y2021]),
        ])
        let files = Dictionary(uniqueKeysWithValues: index.files(strings: InterfaceStrings(table: ["facet_year": "Year"])).map { ($0.path, $0.contents) })
        func json(_ path: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(files[path] ?? [])) }
        let facets = try #require((try json("search/facets.json") as? [String: [[String: Any]]])?["facets"])
        #expect(facets.map { $0["key"] as? String } == SearchFacet.allCases.map(\.rawValue))
        #expect(facets.map { "\($0["count"]!) \($0["top"]!)" }.prefix(3) == ["1 [0]", "1 [1]", "2 [13, 2]"], "kind, country, year; top ids most frequent first")
        #expect(facets[2]["label"] as? String == "Year")
        let years = try #require((try json("search/labels/year/0.json") as? [String: [[Any]]])?["entries"])
        #expect(years.map { "\($0[0])=\($0[2])" } == ["2020=1", "2021=2"])
        let kinds = try #require((try json("search/labels/kind/0.json") as? [String: [[Any]]])?["entries"])
        #expect(kinds.map { "\($0[0])=\($0[2])" } == ["case=3"])
        let meta = try #require((try json("search/meta/0.json") as? [String: [[Int]]])?["entries"])
        #expect(meta == [[20210529, 0, 1, 2], [20210529, 0, 1, 13], [20210529, 0, 13]])
        let docs = try #require((try json("search/docs/0.json") as? [String: [[String: String]]])?["entries"])
        #expect(docs[0]["t"] == "A" && docs[0]["kl"] == "Case" && docs[0]["cl"] == "Kazakhstan" && docs[0]["dl"] != nil)
    }

    @Test("an index patched from the last build's, and its reused files, equal a whole build's after every edit, addition, removal and rename, at the end or anywhere")
    func patchedIndexEqualsWholeBuild() {
        var random = IncrementalBuildTests.Generator(state: 7)
        let words = (0..<4000).map { "w\($0)x" }
        func body(_ count: Int) -> String { (0..<count).map { _ in words[Int.random(in: 0..<words.count, using: &random)] }.joined(separator: " ") }
        var documents = (0..<600).map { Self.document("Doc \($0)", body: body(60), facets: $0 % 3 == 0 ? [Self.kaz] : []) }
        var index = SearchIndex(documents)
        var files = index.files(strings: InterfaceStrings(table: [:]), reusing: nil)
        #expect(files.memo.termShards.count > 3, "the test needs several term shards")
        for step in 0..<36 {
            let id = Int.random(in: 0..<documents.count, using: &random)
            let new = (0..<(1 + step % 3)).map { Self.document("New \(step) \($0)", body: body(40) + " newest\(step)", facets: [Self.kaz]) }
            switch step % 9 {
            case 0: documents[id].body += " " + body(5)
            case 1: documents[id].body = body(3) + " brandnew\(step)"
            case 2: documents[id].facets = step % 18 == 2 ? [Self.kaz] : []
            case 3: documents[id].title += " edited"
            case 4: documents += new
            case 5: documents.removeLast(1 + step % 2)
            case 6: documents.insert(contentsOf: new, at: id)
            case 7: documents.removeSubrange(id..<min(documents.count, id + 1 + step % 3))
            default: documents[id].path = "renamed/\(step)/"
            }
            let patched = SearchIndex(documents, reusing: index)
            let whole = SearchIndex(documents)
            #expect(patched.changedTerms != nil, "step \(step) patched the index")
            #expect(patched.terms.map(\.term) == whole.terms.map(\.term), "step \(step)")
            #expect(patched.terms.map(\.postings) == whole.terms.map(\.postings), "step \(step)")
            let next = patched.files(strings: InterfaceStrings(table: [:]), reusing: files.memo)
            let expected = whole.files(strings: InterfaceStrings(table: [:]), reusing: nil).files
            #expect(next.files.map(\.path) == expected.map(\.path), "step \(step)")
            let differing = zip(next.files, expected).filter { $0.contents != $1.contents }.map(\.0.path)
            #expect(differing.isEmpty, "step \(step)")
            (index, files) = (patched, next)
        }
    }

    @Test("a facet table updated from the last build's equals one counted anew, first-met labels included")
    func updatedFacetTable() {
        var random = IncrementalBuildTests.Generator(state: 11)
        let values = [
            Self.kaz, FacetValue(facet: .country, value: "KGZ", label: "Kyrgyzstan"), FacetValue(facet: .year, value: "2021", label: "2021"),
            FacetValue(facet: .violation, value: "torture", label: "Torture"), FacetValue(facet: .violation, value: "torture", label: "torture"),
        ]
        func facets() -> [FacetValue] { (0..<Int.random(in: 0...3, using: &random)).map { _ in values[Int.random(in: 0..<4, using: &random)] } }
        var documents = (0..<300).map { Self.document("D\($0)", facets: facets()) }
        var table = FacetTable(documents)
        var updates = 0
        for step in 0..<60 {
            let before = documents
            let id = Int.random(in: 0..<documents.count, using: &random)
            switch step % 5 {
            case 0: documents.insert(Self.document("New \(step)", facets: facets()), at: id)
            case 1: documents.remove(at: id)
            case 2: documents[id].facets = facets()
            case 3: documents[id].facets = step % 15 == 3 ? [values[4]] : facets()
            default: documents[id].title += " edited"
            }
            let whole = FacetTable(documents)
            let updated = FacetTable(documents, updating: table, from: before)
            if updated != nil { updates += 1 }
            let table2 = updated ?? whole
            #expect(table2.values.map { $0.map { "\($0.value.key) \($0.value.label) \($0.count)" } } == whole.values.map { $0.map { "\($0.value.key) \($0.value.label) \($0.count)" } },
                "step \(step)")
            #expect(table2.id == whole.id && table2.firstDocument == whole.firstDocument && table2.mixedLabels == whole.mixedLabels, "step \(step)")
            table = table2
        }
        #expect(updates > 30, "most steps update the table rather than count it anew")
    }

    @Test("a newest page keeps every value's id: it takes the next numbers, and the filter data of the other pages stays byte for byte")
    func stableFacetIDs() {
        let years = (2000..<2040).map { FacetValue(facet: .year, value: String($0), label: String($0)) }
        let defenders = (0..<200).map { FacetValue(facet: .defender, value: "d\($0)", label: "D \($0)") }
        var documents = (0..<200).map { Self.document("Case \($0)", facets: [years[$0 % 7 == 0 ? 0 : $0 % 40], defenders[$0 / 2], Self.kaz]) }
        let index = SearchIndex(documents)
        let before = index.files(strings: InterfaceStrings(table: [:]), reusing: nil)
        documents.append(Self.document("Newest", facets: [years[39], FacetValue(facet: .defender, value: "new", label: "New"), Self.kaz,
            FacetValue(facet: .country, value: "KGZ", label: "Kyrgyzstan")]))
        let whole = FacetTable(documents)
        #expect(before.memo.facets.id.allSatisfy { whole.id[$0.key] == $0.value }, "no value's id moves")
        #expect(whole.id["defender=new"] == 100 * SearchFacet.allCases.count + 3, "the next number of the defender facet")
        let after = SearchIndex(documents, reusing: index).files(strings: InterfaceStrings(table: [:]), reusing: before.memo)
        let (old, new) = (Dictionary(uniqueKeysWithValues: before.files.map { ($0.path, $0.contents) }), after.files)
        let changed = Set(new.filter { old[$0.path] != $0.contents }.map(\.path)).filter { !$0.hasPrefix("search/terms/") }
        #expect(changed == [
            "search/index.json", "search/facets.json", "search/meta/6.json", "search/docs/6.json", "search/text/p.newest.txt",
            "search/labels/kind/0.json", "search/labels/country/0.json", "search/labels/year/0.json", "search/labels/defender/1.json",
        ])
        #expect(FacetTable(documents, updating: before.memo.facets, from: before.memo.documents)?.id == whole.id, "updated, not counted anew")
    }
}
