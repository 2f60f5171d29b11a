import Testing
@testable import CasebookKit

/// The sentence an instrument page shows around a citation: never two sentences run together, nor one cut at an
/// abbreviation.
@Suite("Citing sentences")
struct SentenceTests {
    /// The sentence of `text` around the first occurrence of `words`.
    static func sentence(around words: String, in text: String, hardBreaks: Set<Int> = []) -> String {
        let bytes = Array(text.utf8), needle = Array(words.utf8)
        let start = (0...(bytes.count - needle.count)).first { Array(bytes[$0..<$0 + needle.count]) == needle }!
        return Sentence.around(start..<start + needle.count, in: bytes, hardBreaks: hardBreaks)
    }

    @Test("an abbreviation inside a sentence does not end it", arguments: [
        ("See art. 19 of the ICCPR, which applies. The State replied.", "ICCPR", "See art. 19 of the ICCPR, which applies."),
        ("The Committee (CCPR/C/GC/35, para. 9) held so. It added more.", "GC/35", "The Committee (CCPR/C/GC/35, para. 9) held so."),
        ("General comment No. 35 of the Committee applies. Next.", "35", "General comment No. 35 of the Committee applies."),
        ("Some rights, e.g. article 19 of the ICCPR, apply. Next.", "19", "Some rights, e.g. article 19 of the ICCPR, apply."),
        ("Ms. Serzhan invoked article 19 of the ICCPR. Next.", "19", "Ms. Serzhan invoked article 19 of the ICCPR."),
        ("See HRI/GEN/1/Rev. 9 (Vol. I) on the ICCPR. Next.", "ICCPR", "See HRI/GEN/1/Rev. 9 (Vol. I) on the ICCPR."),
        ("Voir A/HRC/26/29, par. 64, sur le Pacte. Ensuite.", "Pacte", "Voir A/HRC/26/29, par. 64, sur le Pacte."),
        ("Véase la observación general núm. 34 del Comité. Después.", "34", "Véase la observación general núm. 34 del Comité."),
        ("Согласно ч. 2 ст. 174 УК РК, в г. Шымкент. Далее.", "174", "Согласно ч. 2 ст. 174 УК РК, в г. Шымкент."),
        ("See paras. 9 and 10 of A/HRC/23/50. Next.", "A/HRC", "See paras. 9 and 10 of A/HRC/23/50."),
    ])
    func abbreviations(text: String, words: String, expected: String) {
        #expect(Self.sentence(around: words, in: text) == expected)
    }

    @Test("a sentence ends at its full stop, also before closing quotes and brackets", arguments: [
        ("He said \"the ICCPR applies.\" The State disagreed.", "ICCPR", "He said \"the ICCPR applies.\""),
        ("He said “the ICCPR applies.” The State disagreed.", "disagreed", "The State disagreed."),
        ("(See the ICCPR.) The State disagreed with article 9.", "9", "The State disagreed with article 9."),
        ("Elle a dit « le Pacte s'applique. » L'État conteste l'article 9.", "9", "L'État conteste l'article 9."),
        ("The State said no. Article 19 of the ICCPR applies.", "19", "Article 19 of the ICCPR applies."),
        ("It cites the ICCPR… Article 19 applies.", "19", "Article 19 applies."),
        ("Is the ICCPR binding? Article 19 says so!", "19", "Article 19 says so!"),
    ])
    func sentenceEnds(text: String, words: String, expected: String) {
        #expect(Self.sentence(around: words, in: text) == expected)
    }

    @Test("list items, headings and forced line breaks inside a paragraph are sentences of their own", arguments: [
        ("The State violated:\n(a) article 9 of the ICCPR;\n(b) article 19 of the ICCPR.", "19", "(b) article 19 of the ICCPR."),
        ("The State violated:\n(a) article 9 of the ICCPR;\n(b) article 19 of the ICCPR.", "9 of", "(a) article 9 of the ICCPR;"),
        ("Rights at stake\n• article 9 of the ICCPR\n• article 19 of the ICCPR", "9 of", "• article 9 of the ICCPR"),
        ("Rights at stake\na) article 9 of the ICCPR\nb) article 19 of the ICCPR", "19", "b) article 19 of the ICCPR"),
        ("Legal framework\nArticle 19 of the ICCPR protects the freedom of expression.", "19",
         "Article 19 of the ICCPR protects the freedom of expression."),
        ("REFERENCE:\nAL KAZ 4/2021 cites the ICCPR.", "ICCPR", "AL KAZ 4/2021 cites the ICCPR."),
    ])
    func lines(text: String, words: String, expected: String) {
        #expect(Self.sentence(around: words, in: text) == expected)
    }

    @Test("a sentence wrapped over lines stays whole", arguments: [
        ("The author invokes article 19 of the\nICCPR in full. Next.", "19", "The author invokes article 19 of the ICCPR in full."),
        ("The author invokes article 19 of the International Covenant on Civil\nand Political Rights. Next.", "19",
         "The author invokes article 19 of the International Covenant on Civil and Political Rights."),
        ("In particular, article 9\n(2) of the ICCPR applies. Next.", "ICCPR", "In particular, article 9 (2) of the ICCPR applies."),
        ("She was charged under articles 272 and 274 of the Syrian Criminal Code, and\nunder article 5 of the Criminal Code.",
         "274", "She was charged under articles 272 and 274 of the Syrian Criminal Code, and under article 5 of the Criminal Code."),
    ])
    func wrapped(text: String, words: String, expected: String) {
        #expect(Self.sentence(around: words, in: text) == expected)
    }

    /// `text` wrapped as a hard-wrapped letter is, at most `width` characters a line.
    static func wrapped(_ text: String, width: Int) -> String {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            if line.count + word.count + 1 > width, !line.isEmpty { (lines, line) = (lines + [line], "") }
            line += (line.isEmpty ? "" : " ") + word
        }
        return (lines + [line]).joined(separator: "\n")
    }

    @Test("hard-wrapped at any width, the seed letters and the labelled sentences give the same citations and sentences",
          arguments: [40, 60, 72])
    func hardWrapped(width: Int) throws {
        let (content, _) = ContentLoader(root: TestSupport.repository).load()
        let catalog = InstrumentCatalog(content.instruments)
        var paragraphs = content.cases.flatMap { [$0.body.source] + $0.documents.map(\.body.source) }
            .flatMap { $0.components(separatedBy: "\n\n") }
        for language in ["fr", "es", "ru"] { paragraphs += try CitationLanguageTests.items(language).map(\.text) }
        var compared = 0
        for paragraph in paragraphs {
            let flat = Array(paragraph.replacingOccurrences(of: "\n", with: " ").utf8)
            let wrapped = Array(Self.wrapped(String(decoding: flat, as: UTF8.self), width: width).utf8)
            var flatScanner = CitationScanner(catalog: catalog), wrappedScanner = CitationScanner(catalog: catalog)
            let (a, b) = (flatScanner.scan(flat).citations, wrappedScanner.scan(wrapped).citations)
            #expect(a.map(CitationScannerTests.described) == b.map(CitationScannerTests.described))
            for (one, other) in zip(a, b) {
                #expect(Sentence.around(one.range, in: flat) == Sentence.around(other.range, in: wrapped))
                compared += 1
            }
        }
        #expect(compared > 200)
    }

    @Test("a forced line break ends a sentence")
    func hardBreak() {
        let text = "Address of the Mission\nThe ICCPR applies here."
        let newline = Array(text.utf8).firstIndex(of: 0x0A)!
        #expect(Self.sentence(around: "ICCPR", in: "Our note\nthe ICCPR applies.", hardBreaks: [8]) == "the ICCPR applies.")
        #expect(Self.sentence(around: "ICCPR", in: text, hardBreaks: [newline]) == "The ICCPR applies here.")
    }

    @Test("on a page, each Markdown list item, heading-like line and paragraph is its own sentence")
    func markdownBlocks() {
        let source = """
            **Legal framework**
            Article 19 of the ICCPR protects expression.

            The rights at stake:

            - article 9 of the ICCPR
            - article 21 of the ICCPR

            Intro about the ICESCR

            Article 2 of the ICESCR applies.\\
            Next line about article 3 of the ICESCR.

            """
        let linked = CitationMarkdownLinkingTests.link(source)
        #expect(linked.citations.map(\.sentence) == [
            "Article 19 of the ICCPR protects expression.",
            "article 9 of the ICCPR",
            "article 21 of the ICCPR",
            "Intro about the ICESCR",
            "Article 2 of the ICESCR applies.",
            "Next line about article 3 of the ICESCR.",
        ])
    }
}
