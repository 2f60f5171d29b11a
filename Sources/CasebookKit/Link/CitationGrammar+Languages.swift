extension CitationGrammar {
    static let english = CitationGrammar(
        language: "en",
        article: ["article", "articles", "art", "arts"],
        paragraph: ["para", "paras", "paragraph", "paragraphs"],
        resolution: ["resolution", "resolutions"],
        and: ["and", "or"],
        of: ["of"],
        ofThe: [],
        the: ["the"],
        prose: ["a", "an", "his", "her", "their", "my", "our", "this", "newspaper"],
        listEnd: ["whereby", "which", "that", "thereof", "respectively"],
        nameJoins: ["on", "against", "for", "of", "to", "relating"],
        kindWords: [.covenant: ["covenant"], .convention: ["convention"], .declaration: ["declaration"], .charter: ["charter"]],
        resolutionBodies: [
            (["human", "rights", "council"], "A/HRC/RES/"),
            (["general", "assembly"], "A/RES/"),
            (["commission", "on", "human", "rights"], "E/CN.4/RES/"),
        ],
        instrumentNouns: [
            "convention", "covenant", "code", "charter", "declaration", "act", "law", "constitution", "protocol", "statute",
            "principles", "rules", "decree", "ordinance", "regulations", "treaty",
        ],
        lawWords: [
            "criminal", "penal", "civil", "procedure", "administrative", "offences", "offenses", "labour", "labor", "family",
            "electoral", "military", "tax", "customs", "media", "press",
        ],
        numberSigns: ["no", "nos", "number", "nr"],
        rangeWords: ["to"],
        communication: ["communication", "communications", "comm"],
        recommendation: ["recommendation", "recommendations"],
        series: ["series"],
        regionalBodies: [
            (["parliamentary", "assembly"], .pace), (["pace"], .pace),
            (["african", "commission"], .achpr), (["achpr"], .achpr), (["security", "council"], .other),
        ])

    static let french = CitationGrammar(
        language: "fr",
        article: ["article", "articles", "art"],
        paragraph: ["paragraphe", "paragraphes", "par"],
        resolution: ["résolution", "résolutions"],
        and: ["et", "ou"],
        of: ["de", "d'"],
        ofThe: ["du", "des"],
        the: ["le", "la", "l'", "les"],
        prose: ["un", "une", "leur", "leurs", "mon", "ma", "notre", "ce", "cet", "cette", "presse"],
        listEnd: ["qui", "dont", "précités", "susmentionnés"],
        nameJoins: [],
        nameContinues: [
            "relative", "relatif", "contre", "sur", "pour", "internationale", "international", "européenne", "de", "des",
        ],
        kindWords: [.covenant: ["pacte"], .convention: ["convention"], .declaration: ["déclaration"], .charter: ["charte"]],
        resolutionBodies: [
            (["conseil", "des", "droits", "de", "l'", "homme"], "A/HRC/RES/"),
            (["assemblée", "générale"], "A/RES/"),
            (["commission", "des", "droits", "de", "l'", "homme"], "E/CN.4/RES/"),
        ],
        instrumentNouns: [
            "convention", "pacte", "code", "charte", "déclaration", "loi", "constitution", "protocole", "statut", "principes",
            "règles", "décret", "ordonnance", "règlement", "traité", "dahir",
        ],
        lawWords: ["pénal", "pénale", "procédure", "civil", "civile", "administratif", "administrative", "travail", "famille",
                   "électoral", "militaire", "presse", "organique"],
        numberSigns: ["n", "no"],
        rangeWords: ["à"],
        communication: ["communication", "communications"],
        recommendation: ["recommandation", "recommandations"],
        series: ["série"],
        regionalBodies: [
            (["assemblée", "parlementaire"], .pace), (["apce"], .pace),
            (["commission", "africaine"], .achpr), (["cadhp"], .achpr), (["conseil", "de", "sécurité"], .other),
        ])

    static let spanish = CitationGrammar(
        language: "es",
        article: ["artículo", "artículos", "art", "arts"],
        paragraph: ["párrafo", "párrafos", "párr", "párrs"],
        resolution: ["resolución", "resoluciones"],
        and: ["y", "o"],
        of: ["de"],
        ofThe: ["del"],
        the: ["el", "la", "los", "las"],
        prose: ["un", "una", "este", "ese", "esta", "mi", "nuestro", "periódico", "prensa"],
        listEnd: ["que", "citados", "mencionados"],
        nameJoins: [],
        nameContinues: [
            "sobre", "contra", "para", "relativa", "internacional", "americana", "interamericana", "europea", "de",
        ],
        kindWords: [.covenant: ["pacto"], .convention: ["convención"], .declaration: ["declaración"], .charter: ["carta"]],
        resolutionBodies: [
            (["consejo", "de", "derechos", "humanos"], "A/HRC/RES/"),
            (["asamblea", "general"], "A/RES/"),
            (["comisión", "de", "derechos", "humanos"], "E/CN.4/RES/"),
        ],
        instrumentNouns: [
            "convención", "convenio", "pacto", "código", "carta", "declaración", "ley", "constitución", "protocolo", "estatuto",
            "principios", "reglas", "decreto", "reglamento", "tratado",
        ],
        lawWords: ["penal", "procesal", "procedimiento", "civil", "administrativo", "trabajo", "laboral", "familia", "electoral",
                   "militar", "orgánica", "orgánico"],
        numberSigns: ["n", "no", "núm", "número"],
        rangeWords: ["a", "al"],
        communication: ["comunicación", "comunicaciones"],
        recommendation: ["recomendación", "recomendaciones"],
        series: ["serie"],
        regionalBodies: [
            (["asamblea", "parlamentaria"], .pace),
            (["comisión", "africana"], .achpr), (["consejo", "de", "seguridad"], .other),
        ])

    /// Russian declines its nouns: each word is listed in the cases citations use it in.
    static let russian = CitationGrammar(
        language: "ru",
        article: ["статья", "статьи", "статье", "статью", "статьей", "статей", "статьям", "статьями", "статьях", "ст"],
        paragraph: ["пункт", "пункта", "пункту", "пунктом", "пункте", "пункты", "пунктов", "пунктам", "пунктами", "пунктах", "п", "пп"],
        resolution: ["резолюция", "резолюции", "резолюцию", "резолюцией", "резолюций", "резолюциям", "резолюциями", "резолюциях"],
        and: ["и", "или"],
        of: [],
        ofThe: [],
        the: [],
        prose: ["эта", "эту", "этой", "его", "её", "их", "моя", "наша", "газетная", "газетной", "газетную"],
        listEnd: ["которые", "которая", "которой"],
        nameJoins: [],
        nameContinues: ["о", "об", "против", "по", "относительно", "для", "оон"],
        kindWords: [
            .covenant: ["пакт", "пакта", "пакту", "пактом", "пакте"],
            .convention: ["конвенция", "конвенции", "конвенцию", "конвенцией"],
            .declaration: ["декларация", "декларации", "декларацию", "декларацией"],
            .charter: ["хартия", "хартии", "хартию", "хартией"],
        ],
        kindWordNeedsArticle: false,
        resolutionBodies: [
            (["совета", "по", "правам", "человека"], "A/HRC/RES/"),
            (["генеральной", "ассамблеи"], "A/RES/"),
            (["комиссии", "по", "правам", "человека"], "E/CN.4/RES/"),
        ],
        instrumentNouns: [
            "конвенция", "пакт", "кодекс", "хартия", "декларация", "закон", "конституция", "протокол", "устав", "принципы",
            "правила", "указ", "постановление", "договор",
        ],
        lawWords: ["уголовный", "уголовно-процессуальный", "гражданский", "административный", "процессуальный", "трудовой",
                   "семейный", "избирательный", "правонарушения"],
        numberSigns: ["№"],
        rangeWords: ["по"],
        communication: ["сообщение", "сообщения", "сообщению", "сообщении", "сообщением"],
        recommendation: ["рекомендация", "рекомендации", "рекомендацию", "рекомендацией"],
        regionalBodies: [
            (["парламентской", "ассамблеи"], .pace), (["парламентская", "ассамблея"], .pace), (["пасе"], .pace),
            (["африканской", "комиссии"], .achpr), (["африканская", "комиссия"], .achpr),
            (["совета", "безопасности"], .other), (["совет", "безопасности"], .other),
        ])
}
