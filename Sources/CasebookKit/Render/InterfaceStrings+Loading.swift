import Foundation

extension InterfaceStrings {
    /// Reads `strings.yml`, a flat mapping of keys to texts, and checks the keys the code needs and that each
    /// plural family has the forms of `language`.
    static func load(from url: URL, displayPath: (URL) -> String, language: String = "en") -> (InterfaceStrings?, [Diagnostic]) {
        let path = displayPath(url)
        switch FrontMatterReader.read(at: url, displayPath: path) {
        case .failure(let error): return (nil, error.diagnostics)
        case .success(var reader):
            let families = pluralFamilies(in: reader.keys).union(pluralFamilies)
            for key in requiredKeys where !reader.keys.contains(key) {
                reader.report(.missingKey(key), at: reader.origin)
            }
            return read(&reader, language: language, families: families) { _ in true }
        }
    }

    /// Reads the strings of another language than the default one, which must have exactly the keys of
    /// the default language's `reference` (a missing key would show a word of another language), and of
    /// each plural family the forms its own language uses.
    static func load(
        from url: URL, displayPath: (URL) -> String, language: String, reference: InterfaceStrings, referencePath: String
    ) -> (InterfaceStrings?, [Diagnostic]) {
        switch FrontMatterReader.read(at: url, displayPath: displayPath(url)) {
        case .failure(let error): return (nil, error.diagnostics)
        case .success(var reader):
            let families = pluralFamilies(in: reference.table.keys)
            for key in reference.table.keys.sorted() where pluralForm(key, families: families) == nil && reader.written(key) == nil {
                reader.report(.missingString(key, language: language, reference: referencePath), at: reader.origin)
            }
            return read(&reader, language: language, families: families) { reference.table[$0] != nil }
        }
    }

    /// The file holding the strings of `language`: `strings.<tag>.yml`.
    static func fileName(of language: String) -> String { "strings.\(language).yml" }

    /// The files of the default language's strings, the first found: `strings.<tag>.yml`, else `strings.yml`.
    static func defaultFileNames(for language: String) -> [String] { [fileName(of: language), "strings.yml"] }

    /// Reads every key `known` accepts and every form of `families` that `language` uses; reports the
    /// forms it lacks at the file, and forms of other categories and unknown keys where written.
    private static func read(
        _ reader: inout FrontMatterReader, language: String, families: Set<String>, known: (String) -> Bool
    ) -> (InterfaceStrings?, [Diagnostic]) {
        let categories = PluralRules.categories(of: language)
        let used = Set((categories ?? [.other]).map(\.rawValue))
        var table: [String: String] = [:]
        for key in reader.keys {
            if let form = pluralForm(key, families: families) {
                if used.contains(form.category) { table[key] = reader.string(key, required: true) }
            } else if known(key) {
                table[key] = reader.string(key, required: true)
            }
        }
        let names = (categories ?? [.other]).map(\.rawValue)
        for family in families.sorted() {
            for category in names where reader.written("\(family)_\(category)") == nil {
                reader.report(.missingPluralForm("\(family)_\(category)", language: language, forms: names), at: reader.origin)
            }
        }
        reader.explainUnasked = { key in
            guard let form = pluralForm(key, families: families), !used.contains(form.category) else { return nil }
            return categories == nil ? .noPluralRules(language: language, known: PluralRules.languages) : .unusedPluralForm(key, language: language, forms: names)
        }
        reader.finish()
        return (reader.diagnostics.isEmpty ? InterfaceStrings(table: table, language: language) : nil, reader.diagnostics)
    }
}
