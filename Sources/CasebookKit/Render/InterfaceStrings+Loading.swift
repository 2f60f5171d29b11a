import Foundation

extension InterfaceStrings {
    /// Reads `strings.yml`, a flat mapping of keys to texts, and checks the keys the code needs.
    static func load(from url: URL, displayPath: (URL) -> String) -> (InterfaceStrings?, [Diagnostic]) {
        let path = displayPath(url)
        switch FrontMatterReader.read(at: url, displayPath: path) {
        case .failure(let error): return (nil, error.diagnostics)
        case .success(var reader):
            var table: [String: String] = [:]
            for key in reader.keys {
                table[key] = reader.string(key, required: true)
            }
            for key in requiredKeys where !reader.keys.contains(key) {
                reader.report(.missingKey(key), at: reader.origin)
            }
            reader.finish()
            return (reader.diagnostics.isEmpty ? InterfaceStrings(table: table) : nil, reader.diagnostics)
        }
    }
}
