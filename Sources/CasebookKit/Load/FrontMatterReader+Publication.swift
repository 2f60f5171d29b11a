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
        hasValue(key, else: .emptyDate(key: key)) ? day(key) : nil
    }

    /// A choice whose absence means the least protective value (a defender's `visibility`): absent is nil,
    /// and a key present must name one of the choices. An empty value, `null` or `~` is an error.
    public mutating func writtenChoice<Choice: RawRepresentable & CaseIterable>(
        _ key: String, as type: Choice.Type
    ) -> Choice? where Choice.RawValue == String {
        hasValue(key, else: .emptyChoice(key: key, allowed: Choice.allCases.map(\.rawValue))) ? choice(key, as: type) : nil
    }

    /// Whether `key` holds a value to read; an empty, null or `~` one is reported with `empty`.
    private mutating func hasValue(_ key: String, else empty: DiagnosticMessage) -> Bool {
        guard let node = written(key) else { return false }
        guard !Self.isNull(node) else {
            report(empty, at: location(of: node))
            return false
        }
        return true
    }
}
