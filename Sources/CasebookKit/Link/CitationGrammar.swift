/// The words one language writes citations with. The scanner reads every language's words in every text:
/// they hardly overlap, and a letter in French may quote an English resolution.
struct CitationGrammar: Sendable {
    /// The language, as a BCP 47 tag.
    var language: String
    /// "article", "articles", "art".
    var article: [String]
    /// "paragraph", "para", "paras": of an article or a document.
    var paragraph: [String]
    /// "resolution", "resolutions".
    var resolution: [String]
    /// Words joining the items of a list: "and", "or".
    var and: [String]
    /// Words between a list and the instrument it belongs to: "of"; "the" may follow.
    var of: [String]
    /// Words that are "of the" in one: "du", "del".
    var ofThe: [String]
    /// Definite articles: "the", "la", "l'".
    var the: [String]
    /// Words before "article 3" that make it prose rather than a reference: "a newspaper article 3 days ago".
    var prose: [String]
    /// Words after a bare "articles 7, 9 and 10" that make it a reference: "which".
    var listEnd: [String]
    /// Words after "Convention" that make it the start of a longer name when a capital follows: "on".
    var nameJoins: [String]
    /// Words after "Convention" that make it the start of a longer name whatever follows: "relative", "о".
    var nameContinues: [String] = []
    /// Words that stand for the instrument of that kind named last ("the Covenant"), with their declined forms.
    var kindWords: [CitationScanner.KindWord: [String]]
    /// Whether a kind word needs a definite article before it to stand for an instrument: Russian has none.
    var kindWordNeedsArticle = true
    /// The bodies whose resolutions texts cite, as written after "resolution … of", and their symbol series.
    var resolutionBodies: [(words: [String], series: String)]
    /// Nouns that head an instrument's name: "code", "convention", "law" (Russian ones in the nominative: they match
    /// in every case). A name the library lacks is reported only if it has one.
    var instrumentNouns: [String] = []
    /// Words that name a kind of law rather than one law: "criminal", "procedure", "pénal". A name made of these and
    /// instrument nouns alone ("Criminal Code") means the law of the text's country.
    var lawWords: [String] = []
    /// Words before a number: "No." in "Law No. 12", "n°".
    var numberSigns: [String] = []
    /// Words between the two ends of a range of paragraphs: "to" in "paragraphs 58 to 60".
    var rangeWords: [String] = []
    /// "communication": a complaint a regional commission decides, e.g. "Communication 245/02".
    var communication: [String] = []
    /// "recommendation", "recommendations": texts of the Parliamentary Assembly of the Council of Europe.
    var recommendation: [String] = []
    /// "Series": the Inter-American Court's series of judgments, "Series C No. 123".
    var series: [String] = []
    /// The regional bodies whose documents texts cite by number, as their name is written near the number.
    var regionalBodies: [(words: [String], body: RegionalSymbol.Body)] = []
}

extension CitationGrammar {
    /// What a word does in a citation, in any language.
    struct Role: OptionSet, Sendable {
        let rawValue: UInt32
        static let article = Role(rawValue: 1 << 0)
        static let paragraph = Role(rawValue: 1 << 1)
        static let resolution = Role(rawValue: 1 << 2)
        static let and = Role(rawValue: 1 << 3)
        static let of = Role(rawValue: 1 << 4)
        static let ofThe = Role(rawValue: 1 << 5)
        static let the = Role(rawValue: 1 << 6)
        static let prose = Role(rawValue: 1 << 7)
        static let listEnd = Role(rawValue: 1 << 8)
        static let nameJoins = Role(rawValue: 1 << 9)
        static let nameContinues = Role(rawValue: 1 << 10)
        static let instrumentNoun = Role(rawValue: 1 << 11)
        static let lawWord = Role(rawValue: 1 << 12)
        static let numberSign = Role(rawValue: 1 << 13)
        static let rangeWord = Role(rawValue: 1 << 14)
        static let communication = Role(rawValue: 1 << 15)
        static let recommendation = Role(rawValue: 1 << 16)
        static let series = Role(rawValue: 1 << 17)
    }

    /// The languages the scanner reads.
    static let languages: [CitationGrammar] = [.english, .french, .spanish, .russian]

    /// Every language's words by role, folded.
    static let roles: WordTable<Role> = {
        var roles: [String: Role] = [:]
        for grammar in languages {
            let lists: [(Role, [String])] = [
                (.article, grammar.article), (.paragraph, grammar.paragraph), (.resolution, grammar.resolution),
                (.and, grammar.and), (.of, grammar.of), (.ofThe, grammar.ofThe), (.the, grammar.the), (.prose, grammar.prose),
                (.listEnd, grammar.listEnd), (.nameJoins, grammar.nameJoins), (.nameContinues, grammar.nameContinues),
                (.instrumentNoun, grammar.instrumentNouns), (.lawWord, grammar.lawWords), (.numberSign, grammar.numberSigns),
                (.rangeWord, grammar.rangeWords), (.communication, grammar.communication),
                (.recommendation, grammar.recommendation), (.series, grammar.series),
            ]
            for (role, words) in lists {
                for word in words {
                    let folded = Tokenizer.fold(word)
                    // Russian names' words match in every case: each is listed with every ending.
                    let forms = [.instrumentNoun, .lawWord].contains(role) ? Declension.stem(folded).map(Declension.forms) ?? [folded] : [folded]
                    for form in forms { roles[form, default: []].insert(role) }
                }
            }
        }
        return WordTable(roles)
    }()

    /// A kind word ("Covenant", "Пакта"), and whether it needs a definite article before it.
    struct Kind: Sendable {
        var word: CitationScanner.KindWord
        var needsArticle: Bool
    }

    /// Every language's kind words, folded.
    static let kindWords: [String: Kind] = {
        var words: [String: Kind] = [:]
        for grammar in languages {
            for (kind, forms) in grammar.kindWords {
                for form in forms { words[Tokenizer.fold(form)] = Kind(word: kind, needsArticle: grammar.kindWordNeedsArticle) }
            }
        }
        return words
    }()

    /// Every language's regional bodies, folded.
    static let regionalBodies: [(words: [String], body: RegionalSymbol.Body)] = languages.flatMap { grammar in
        grammar.regionalBodies.map { body in (body.words.map(Tokenizer.fold), body.body) }
    }

    /// Every language's resolution bodies, folded.
    static let resolutionBodies: [(words: [String], series: String)] = languages.flatMap { grammar in
        grammar.resolutionBodies.map { body in (body.words.map(Tokenizer.fold), body.series) }
    }
}
