extension Translation {
    /// Reads a translation's front matter: whether it is official and who made it, and the fields its
    /// original's kind lets a translation give; any other key of that kind is an error where written.
    static func read(
        _ reader: inout FrontMatterReader, of original: ContentPath, language: String, originalPath: String, body: MarkdownText
    ) -> Translation? {
        let status = reader.choice("translation", as: Status.self, required: true)
        let translator = reader.string("translated_by", required: status == .unofficial)
        var values: [String: TranslatedValue] = [:]
        for (key, shape) in shapes(of: original) {
            if let value = reader.translated(key, shape) { values[key] = value }
        }
        let inherited = schemaKeys[original.kind] ?? []
        reader.explainUnasked = { inherited.contains($0) ? .notTranslatable($0, original: originalPath) : nil }
        guard let status else { return nil }
        return Translation(
            language: language, original: originalPath, status: status, translator: translator, values: values, body: body,
            location: reader.origin)
    }

    /// The fields a translation of the file at `place` may give, and how each is written.
    static func shapes(of place: ContentPath) -> [(key: String, shape: TranslatedShape)] {
        switch place {
        case .caseIndex: CaseFile.translatableFields.map { ($0.key, $0.shape) }
        case .document: SourceDocument.translatableFields.map { ($0.key, $0.shape) }
        case .defender: Defender.translatableFields.map { ($0.key, $0.shape) }
        case .organization: Organization.translatableFields.map { ($0.key, $0.shape) }
        case .mandate: Mandate.translatableFields.map { ($0.key, $0.shape) }
        case .instrument: Instrument.translatableFields.map { ($0.key, $0.shape) }
        case .translation: []
        }
    }

    /// Every key each kind of file reads, by kind: found by reading an empty file of each kind, so that
    /// the list stays the readers' own.
    static let schemaKeys: [String: Set<String>] = {
        let places: [ContentPath] = [
            .caseIndex(folder: "x"), .document(folder: "x", file: "y"), .defender(file: "x"), .organization(file: "x"),
            .mandate(file: "x"), .instrument(file: "x"),
        ]
        return Dictionary(uniqueKeysWithValues: places.map { place in
            guard case .success(var reader) = FrontMatterReader.parse(yaml: "", path: "", lineOffset: 0) else { return (place.kind, []) }
            _ = ContentFileParser(defaultLanguage: "en").read(&reader, place: place, slug: "x", body: MarkdownText("", start: reader.origin))
            return (place.kind, reader.askedKeys.union(["slug", "private"]))
        })
    }()

    /// The path of the original of the translation at `path` into `language`: `x.ru.md` → `x.md`.
    static func originalPath(of path: String, language: String) -> String {
        String(path.dropLast(".\(language).md".count)) + ".md"
    }
}

extension FrontMatterReader {
    /// A translated field as written, read in its shape.
    mutating func translated(_ key: String, _ shape: TranslatedShape) -> TranslatedValue? {
        switch shape {
        case .text: return located(key).map(TranslatedValue.text)
        case .texts:
            let texts = locatedStrings(key)
            return texts.isEmpty ? nil : .texts(texts)
        case .records(let fields, _):
            let records = records(key) { reader -> TranslatedRecord? in
                var found: [String: Located<String>] = [:]
                for field in fields { found[field] = reader.located(field) }
                return TranslatedRecord(fields: found, location: reader.origin)
            }
            return records.isEmpty ? nil : .records(records)
        }
    }
}
