import Yams

extension FrontMatterReader {
    /// A `draft`-like switch: absent is nil, and a key present must hold `true` or `false`, written without
    /// quotes. An empty value, `null`, `~`, `yes` or `"true"` is an error, never read as absent or as a boolean.
    public mutating func flag(_ key: String) -> Bool? {
        guard let node = written(key) else { return nil }
        guard case .scalar(let scalar) = node else {
            report(.wrongType(key: key, expected: "true or false", found: Self.describe(node)), at: location(of: node))
            return nil
        }
        if Self.isNull(node) {
            report(.emptyFlag(key: key), at: location(of: node))
            return nil
        }
        if scalar.style == .plain, scalar.string == "true" || scalar.string == "false" { return scalar.string == "true" }
        report(.notAFlag(key: key, found: scalar.string, quoted: scalar.style != .plain), at: location(of: node))
        return nil
    }

    /// A `publish_after`-like date: absent is nil, and a key present must hold a date written `YYYY-MM-DD`.
    /// An empty value, `null` or `~` is an error, never read as absent.
    public mutating func writtenDay(_ key: String) -> Day? {
        guard let node = written(key) else { return nil }
        guard !Self.isNull(node) else {
            report(.emptyDate(key: key), at: location(of: node))
            return nil
        }
        return day(key)
    }
}
