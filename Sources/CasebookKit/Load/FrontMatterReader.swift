import Foundation
import Yams

/// Reads typed fields from one YAML mapping, recording a diagnostic for every problem it meets.
///
/// Each `read…` call names a key of the schema; `finish()` reports the keys present that no call
/// asked for, with the nearest known key as a suggestion.
public struct FrontMatterReader {
    /// Where the mapping starts; missing keys are reported here.
    public let origin: SourceLocation
    /// Problems found so far.
    public private(set) var diagnostics: [Diagnostic] = []
    private let path: String
    private let lineOffset: Int
    private let entries: [(key: String, keyNode: Node, value: Node)]
    /// The keys present, in the order written.
    var keys: [String] { entries.map(\.key) }
    private var asked: Set<String> = []
    /// Why a key that no read asked for is not allowed here, when it is known elsewhere (a field a
    /// translation inherits); nil reports it as unknown.
    var explainUnasked: (@Sendable (String) -> DiagnosticMessage?)? = nil
    /// The keys the reads so far asked for.
    var askedKeys: Set<String> { asked }
    /// Every valid slug a `references` read gave, by key: a file with errors still has them checked.
    var referencesRead: [(key: String, values: [Located<String>])] = []

    /// Parses `yaml` (whose first line is line `lineOffset + 1` of `path`) and reads its top mapping; every
    /// anchor and alias is an error, reported with the YAML error, if any, or in the reader's diagnostics.
    public static func parse(yaml: String, path: String, lineOffset: Int) -> Result<FrontMatterReader, DiagnosticsError> {
        let origin = SourceLocation(path: path, line: max(1, lineOffset), column: 1)
        let anchors = YAMLAnchors.diagnostics(in: yaml, path: path, lineOffset: lineOffset)
        let root: Node?
        do {
            // The basic resolver tags every plain scalar a string: Yams resolves tags (to hash mapping keys, among
            // others) by trying one regular expression after another, a visible part of loading; `boolean(_:)`
            // reads YAML's booleans instead. Encoding `.default` reads the whole environment on each call.
            root = try Parser(yaml: yaml, resolver: .basic, encoding: .utf8).singleRoot()
        } catch let error as YamlError {
            return .failure(DiagnosticsError(anchors + [YAMLErrorMapping.diagnostic(for: error, path: path, lineOffset: lineOffset)]))
        } catch {
            return .failure(DiagnosticsError(anchors + [.error(.invalidYAML(reason: "\(error)"), at: origin)]))
        }
        var reader: FrontMatterReader
        switch root {
        case nil: reader = FrontMatterReader(mapping: [], origin: origin, path: path, lineOffset: lineOffset)
        case .mapping(let mapping)?: reader = FrontMatterReader(mapping: Array(mapping), origin: origin, path: path, lineOffset: lineOffset)
        case _?: return .failure(DiagnosticsError(anchors + [.error(.frontMatterNotMapping, at: origin)]))
        }
        reader.absorb(anchors)
        return .success(reader)
    }

    /// Reads a whole YAML file (`casebook.yml`, `strings.yml`) and its top mapping.
    static func read(at url: URL, displayPath: String) -> Result<FrontMatterReader, DiagnosticsError> {
        SourceFile.read(at: url, displayPath: displayPath).mapError { DiagnosticsError([$0]) }.flatMap {
            parse(yaml: $0.text, path: displayPath, lineOffset: 0)
        }
    }

    private init(mapping: [(key: Node, value: Node)], origin: SourceLocation, path: String, lineOffset: Int) {
        self.origin = origin
        self.path = path
        self.lineOffset = lineOffset
        self.entries = mapping.map { (key: $0.key.scalar?.string ?? "\($0.key)", keyNode: $0.key, value: $0.value) }
    }

    /// A reader for a nested mapping, sharing this reader's file and line offset.
    func nested(_ node: Node) -> FrontMatterReader? {
        guard case .mapping(let mapping) = node else { return nil }
        return FrontMatterReader(mapping: Array(mapping), origin: location(of: node), path: path, lineOffset: lineOffset)
    }

    /// The file location of a node.
    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return origin }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    /// The value node under `key`, marking the key as known; reports it missing if `required`.
    mutating func value(_ key: String, required: Bool) -> Node? {
        if let node = written(key), !Self.isNull(node) { return node }
        if required { report(.missingKey(key), at: origin) }
        return nil
    }

    /// The value node under `key` as written, an empty or null one included, marking the key as known.
    mutating func written(_ key: String) -> Node? {
        asked.insert(key)
        return entries.first(where: { $0.key == key })?.value
    }

    /// Takes over the diagnostics of a nested reader.
    mutating func absorb(_ nested: [Diagnostic]) {
        diagnostics.append(contentsOf: nested)
    }

    /// Records a diagnostic.
    mutating func report(_ message: DiagnosticMessage, at location: SourceLocation) {
        diagnostics.append(.error(message, at: location))
    }

    /// Reports every key that no read asked for; call once, after all reads.
    public mutating func finish() {
        for entry in entries where !asked.contains(entry.key) {
            if let message = explainUnasked?(entry.key) {
                report(message, at: location(of: entry.keyNode))
                continue
            }
            let suggestion = NameSuggestion.nearest(to: entry.key, in: asked)
            report(.unknownKey(entry.key, suggestion: suggestion), at: location(of: entry.keyNode))
        }
    }

    /// The file lines taken by the top-level keys in `keys`, each from its key to the line before the next
    /// key; the last key runs to `lastLine`.
    func lines(of keys: Set<String>, through lastLine: Int) -> [ClosedRange<Int>] {
        let starts = entries.map { (key: $0.key, line: location(of: $0.keyNode).line) }.sorted { $0.line < $1.line }
        return starts.indices.compactMap { index in
            guard keys.contains(starts[index].key) else { return nil }
            let end = index + 1 < starts.count ? starts[index + 1].line - 1 : lastLine
            return starts[index].line...max(starts[index].line, end)
        }
    }

    static func isNull(_ node: Node) -> Bool {
        if case .scalar(let scalar) = node, scalar.style == .plain, node.null != nil { return true }
        return false
    }
}
