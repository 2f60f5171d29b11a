import Mustache

// Items hash their link alone: it names the item and the depth of the page listing it, and the memo
// hashes every item a page asks it for.

extension CaseSummaryView: ListItem {
    static let partial = "case-summary"

    /// Hashes the link alone.
    public func hash(into hasher: inout Hasher) { hasher.combine(href) }
}

extension DocumentSummaryView: ListItem {
    static let partial = "doc-summary"

    /// Hashes the link alone.
    public func hash(into hasher: inout Hasher) { hasher.combine(href) }
}

extension TemplateSet {
    /// The partials that render one item of a list.
    static let itemPartials = [CaseSummaryView.partial, DocumentSummaryView.partial]

    /// Puts a stub in the place of each item partial whose output depends on the item alone, keeping
    /// the partial under another name; returns the memoized partials' names.
    static func memoizing(_ templates: inout [String: MustacheTemplate], files: [String: SourceFile]) -> Set<String> {
        var memoized: Set<String> = []
        for name in itemPartials where canMemoize(name, files: files) {
            guard let original = templates[name],
                let stub = try? MustacheTemplate(string: HTMLContent.pragma + PartialMemo.stubText(name)),
                let isolated = try? MustacheTemplate(string: HTMLContent.pragma + PartialMemo.isolatedText(name))
            else { continue }
            templates[PartialMemo.originalName(name)] = original
            templates[PartialMemo.isolatedName(name)] = isolated
            templates[name] = stub
            memoized.insert(name)
        }
        return memoized
    }

    /// Whether the partial renders the same for an item wherever it is included: it has no block a
    /// parent could fill, includes nothing and keeps the content type; no include of it is indented
    /// (swift-mustache would indent its lines) and no template changes delimiters (which would hide one).
    static func canMemoize(_ name: String, files: [String: SourceFile]) -> Bool {
        guard let source = files[name] else { return false }
        let fixed = TemplateLint.tags(in: source).allSatisfy { tag in
            !"$<>=".contains(tag.sigil ?? " ") && !tag.name.hasPrefix("%")
        }
        return fixed && files.values.allSatisfy { file in
            TemplateLint.tags(in: file).allSatisfy { tag in
                let includesIt = tag.name == name && (tag.sigil == ">" || tag.sigil == "<")
                return tag.sigil != "=" && !(includesIt && isIndented(tag, in: file))
            }
        }
    }

    /// Whether only spaces or tabs, at least one, stand before the tag on its line.
    private static func isIndented(_ tag: TemplateLint.Tag, in file: SourceFile) -> Bool {
        let before = file.text[..<tag.range.lowerBound]
        let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
        let indentation = before[lineStart...]
        return !indentation.isEmpty && indentation.allSatisfy { $0 == " " || $0 == "\t" }
    }
}
