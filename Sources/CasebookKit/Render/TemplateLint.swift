import Foundation

/// Checks across the templates of a set, made on their text before any is compiled.
enum TemplateLint {
    /// Reports partials (`{{> name}}`) and parents (`{{< name}}`) that name no template.
    static func checkPartials(in sources: [SourceFile], names: Set<String>) -> [Diagnostic] {
        sources.flatMap { source -> [Diagnostic] in
            tags(in: source).compactMap { tag in
                guard tag.sigil == ">" || tag.sigil == "<", !names.contains(tag.name) else { return nil }
                return .error(.missingPartial(tag.name), at: tag.location)
            }
        }
    }

    struct Tag {
        var sigil: Character?
        var name: String
        var location: SourceLocation
        /// From the opening braces to after the closing ones, in the source's text.
        var range: Range<String.Index>
    }

    /// Every `{{…}}` tag with its sigil and name; assumes the default delimiters.
    static func tags(in source: SourceFile) -> [Tag] {
        var tags: [Tag] = []
        for (lineIndex, line) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                rest = rest[open.upperBound...]
                guard let close = rest.range(of: "}}") else { break }
                var inner = rest[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                rest = rest[close.upperBound...]
                var sigil: Character?
                if let first = inner.first, "{&#^/>!<$=".contains(first) {
                    sigil = first
                    inner = String(inner.dropFirst()).trimmingCharacters(in: .whitespaces)
                }
                if sigil == "{", rest.first == "}" { rest = rest.dropFirst() }
                let location = SourceLocation(path: source.path, line: lineIndex + 1, column: column)
                let name = inner.trimmingCharacters(in: CharacterSet(charactersIn: "}"))
                tags.append(Tag(sigil: sigil, name: name, location: location, range: open.lowerBound..<rest.startIndex))
            }
        }
        return tags
    }
}
