import Foundation

extension Country {
    /// The alpha-3 code an editor most likely meant by `written`: an alpha-2 code (`SY`), a country's name
    /// in any case (`Azerbaijan`, `syria`, `Republic of Moldova`), or a code or name one slip away.
    static func suggestion(for written: String) -> String? {
        let trimmed = written.trimmingCharacters(in: .whitespaces)
        if let code = CountryTable.alpha2[trimmed.uppercased()] { return code }
        let key = Self.key(trimmed)
        if let code = namesByKey[key] { return code }
        if let code = NameSuggestion.nearest(to: trimmed.uppercased(), in: allCodes) { return code }
        return NameSuggestion.nearest(to: key, in: namesByKey.keys).flatMap { namesByKey[$0] }
    }

    private static let namesByKey: [String: String] = {
        var table: [String: String] = [:]
        for (name, code) in CountryTable.otherNames { table[key(name)] = code }
        for (code, name) in CountryTable.names { table[key(name)] = code }
        return table
    }()

    private static func key(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
