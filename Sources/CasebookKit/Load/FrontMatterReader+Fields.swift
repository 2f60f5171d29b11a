import Foundation
import Yams

extension FrontMatterReader {
    /// A string scalar; numbers and dates written bare are read as the text they are written as.
    public mutating func string(_ key: String, required: Bool = false) -> String? {
        located(key, required: required)?.value
    }

    /// A string scalar with the location of its value.
    public mutating func located(_ key: String, required: Bool = false) -> Located<String>? {
        guard let node = value(key, required: required) else { return nil }
        return scalarText(node, key: key, expected: "a string")
    }

    /// A date written `YYYY-MM-DD`.
    public mutating func day(_ key: String, required: Bool = false) -> Day? {
        guard let text = located(key, required: required) else { return nil }
        guard let day = Day(iso: text.value) else {
            report(.invalidDate(key: key, value: text.value, suggestion: Day.padded(text.value)?.description), at: text.location)
            return nil
        }
        return day
    }

    /// A `true`/`false` value.
    public mutating func bool(_ key: String) -> Bool? {
        guard let node = value(key, required: false) else { return nil }
        guard case .scalar(let scalar) = node, let flag = Self.boolean(scalar) else {
            report(.wrongType(key: key, expected: "true or false", found: Self.describe(node)), at: location(of: node))
            return nil
        }
        return flag
    }

    /// A whole number within `range`.
    public mutating func number(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let node = value(key, required: false) else { return nil }
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any,
            let number = Int(scalar.string), range.contains(number)
        else {
            let expected = "a whole number from \(range.lowerBound) to \(range.upperBound)"
            let found = node.scalar.map { "'\($0.string)'" } ?? Self.describe(node)
            report(.wrongType(key: key, expected: expected, found: found), at: location(of: node))
            return nil
        }
        return number
    }

    /// An absolute `http`, `https` or `mailto` URL.
    public mutating func url(_ key: String) -> String? {
        guard let text = located(key) else { return nil }
        let lower = text.value.lowercased()
        let allowed = ["https://", "http://", "mailto:"].contains { lower.hasPrefix($0) && lower.count > $0.count }
        guard allowed, !text.value.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" }) else {
            report(.invalidURL(key: key, value: text.value), at: text.location)
            return nil
        }
        return text.value
    }

    /// A slug that overrides the one derived from a file name.
    public mutating func slug(_ key: String) -> Located<String>? {
        guard let text = located(key) else { return nil }
        guard Slug.isValid(text.value) else {
            report(.invalidSlug(text.value), at: text.location)
            return nil
        }
        return text
    }

    /// One value of a fixed vocabulary, such as a status or a document kind.
    public mutating func choice<Choice: RawRepresentable & CaseIterable>(
        _ key: String, as type: Choice.Type, required: Bool = false
    ) -> Choice? where Choice.RawValue == String {
        guard let text = located(key, required: required) else { return nil }
        if let choice = Choice(rawValue: text.value) { return choice }
        let allowed = Choice.allCases.map(\.rawValue)
        let suggestion = NameSuggestion.nearest(to: text.value, in: allowed)
        report(.invalidChoice(key: key, value: text.value, allowed: allowed, suggestion: suggestion), at: text.location)
        return nil
    }

    /// A list of strings.
    public mutating func strings(_ key: String, required: Bool = false) -> [String] {
        locatedStrings(key, required: required).map(\.value)
    }

    /// A list of strings, each with its location.
    public mutating func locatedStrings(_ key: String, required: Bool = false) -> [Located<String>] {
        guard let items = sequence(key, required: required, expected: "a list of strings") else { return [] }
        return items.compactMap { scalarText($0, key: key, expected: "a string") }
    }

    /// A list of slugs naming other content (defenders, organizations, mandates).
    public mutating func references(_ key: String, required: Bool = false) -> [Located<String>] {
        let valid = locatedStrings(key, required: required).filter { item in
            guard Slug.isValid(item.value) else {
                report(.invalidSlug(item.value), at: item.location)
                return false
            }
            return true
        }
        referencesRead.append((key, valid))
        return valid
    }

    /// A list of mappings, each read by `read` with a reader of its own.
    public mutating func records<Record>(
        _ key: String, required: Bool = false, read: (inout FrontMatterReader) -> Record?
    ) -> [Record] {
        guard let items = sequence(key, required: required, expected: "a list of mappings") else { return [] }
        var records: [Record] = []
        for item in items {
            guard var reader = nested(item) else {
                report(.wrongType(key: key, expected: "a list of mappings", found: "a list containing \(Self.describe(item))"),
                    at: location(of: item))
                continue
            }
            let record = read(&reader)
            reader.finish()
            absorb(reader.diagnostics)
            if let record, reader.diagnostics.isEmpty { records.append(record) }
        }
        return records
    }

    private mutating func sequence(_ key: String, required: Bool, expected: String) -> [Node]? {
        guard let node = value(key, required: required) else { return nil }
        guard case .sequence(let sequence) = node else {
            report(.wrongType(key: key, expected: expected, found: Self.describe(node)), at: location(of: node))
            return nil
        }
        return Array(sequence)
    }

    private mutating func scalarText(_ node: Node, key: String, expected: String) -> Located<String>? {
        guard case .scalar(let scalar) = node, Self.boolean(scalar) == nil else {
            report(.wrongType(key: key, expected: expected, found: Self.describe(node)), at: location(of: node))
            return nil
        }
        let raw = scalar.string
        let text = raw.first?.isWhitespace == true || raw.last?.isWhitespace == true
            ? raw.trimmingCharacters(in: .whitespacesAndNewlines) : raw
        guard !text.isEmpty else {
            report(.emptyValue(key: key), at: location(of: node))
            return nil
        }
        return Located(text, at: location(of: node))
    }

    /// A plain scalar YAML 1.1 reads as a boolean (`true`, `No`, `on`…); a quoted one is a string.
    static func boolean(_ scalar: Node.Scalar) -> Bool? {
        guard scalar.style == .plain || scalar.style == .any, scalar.string.utf8.count <= 5 else { return nil }
        return booleanWords[scalar.string.lowercased()]
    }

    private static let booleanWords = ["true": true, "yes": true, "on": true, "false": false, "no": false, "off": false]

    static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar:
            if case .scalar(let scalar) = node, boolean(scalar) != nil { return "a boolean" }
            if node.int != nil || node.float != nil { return "a number" }
            if node.null != nil { return "nothing" }
            return "a string"
        }
    }
}

extension FrontMatterReader {
    /// The `private` mapping (contacts, notes, sources, consent records): checked to be a mapping and left
    /// out of the model, so that no later stage can publish it; its values are returned for the protection
    /// check to look for in every output.
    public mutating func privateSection() -> [Located<String>] {
        guard let node = value("private", required: false) else { return [] }
        guard case .mapping = node else {
            report(.wrongType(key: "private", expected: "a mapping", found: Self.describe(node)), at: location(of: node))
            return []
        }
        return leaves(of: node)
    }

    /// Every scalar under `node`, with its location.
    private func leaves(of node: Node) -> [Located<String>] {
        switch node {
        case .scalar(let scalar): [Located(scalar.string, at: location(of: node))]
        case .mapping(let mapping): mapping.flatMap { leaves(of: $0.value) }
        case .sequence(let sequence): sequence.flatMap { leaves(of: $0) }
        case .alias: []
        }
    }

    /// An ISO 3166-1 alpha-3 country code, checked against the ISO list.
    public mutating func country(_ key: String, required: Bool = false) -> Located<String>? {
        guard let code = located(key, required: required) else { return nil }
        guard Country(code: code.value) != nil else {
            let suggestion = Country.suggestion(for: code.value)
            report(.unknownCountry(code.value, suggestion: suggestion), at: code.location)
            return nil
        }
        return code
    }
}
