import Foundation

extension InterfaceStrings {
    /// Reads `strings.yml`, a flat mapping of keys to texts, and checks the keys the code needs.
    static func load(from url: URL, displayPath: (URL) -> String, language: String = "en") -> (InterfaceStrings?, [Diagnostic]) {
        read(from: url, displayPath: displayPath, language: language) { reader, _ in
            for key in requiredKeys where !reader.keys.contains(key) {
                reader.report(.missingKey(key), at: reader.origin)
            }
        }
    }

    /// Reads the strings of another language than the default one, which must have exactly the keys of
    /// the default language's `reference`: a missing key would show a word of another language.
    static func load(
        from url: URL, displayPath: (URL) -> String, language: String, reference: InterfaceStrings, referencePath: String
    ) -> (InterfaceStrings?, [Diagnostic]) {
        read(from: url, displayPath: displayPath, language: language) { reader, _ in
            for key in reference.table.keys.sorted() where reader.written(key) == nil {
                reader.report(.missingString(key, language: language, reference: referencePath), at: reader.origin)
            }
        } known: { Set(reference.table.keys) }
    }

    /// The file holding the strings of `language`: `strings.<tag>.yml`.
    static func fileName(of language: String) -> String { "strings.\(language).yml" }

    /// The files of the default language's strings, the first found: `strings.<tag>.yml`, else `strings.yml`.
    static func defaultFileNames(for language: String) -> [String] { [fileName(of: language), "strings.yml"] }

    private static func read(
        from url: URL, displayPath: (URL) -> String, language: String, check: (inout FrontMatterReader, [String: String]) -> Void,
        known: (() -> Set<String>)? = nil
    ) -> (InterfaceStrings?, [Diagnostic]) {
        let path = displayPath(url)
        switch FrontMatterReader.read(at: url, displayPath: path) {
        case .failure(let error): return (nil, error.diagnostics)
        case .success(var reader):
            var table: [String: String] = [:]
            let allowed = known?()
            for key in reader.keys where allowed?.contains(key) ?? true {
                table[key] = reader.string(key, required: true)
            }
            check(&reader, table)
            reader.finish()
            return (reader.diagnostics.isEmpty ? InterfaceStrings(table: table, language: language) : nil, reader.diagnostics)
        }
    }
}
