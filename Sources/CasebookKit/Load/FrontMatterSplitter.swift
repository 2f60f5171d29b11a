/// Separates a content file's YAML front matter from its Markdown body.
public struct FrontMatterSplitter {
    /// The two halves of a content file.
    public struct Parts: Sendable, Hashable {
        /// The YAML between the `---` lines.
        public var yaml: String
        /// The Markdown after the closing `---` line.
        public var body: MarkdownText
    }

    /// Splits `file`; the YAML's line 1 is the file's line 2.
    public static func split(_ file: SourceFile) -> Result<Parts, Diagnostic> {
        let text = file.text
        guard text.hasPrefix("---\n") || text == "---" else {
            return .failure(.error(.missingFrontMatter, at: SourceLocation(path: file.path)))
        }
        var line = 1
        let yamlStart = text.index(text.startIndex, offsetBy: 4, limitedBy: text.endIndex) ?? text.endIndex
        var cursor = yamlStart
        while cursor < text.endIndex {
            let lineEnd = text[cursor...].firstIndex(of: "\n") ?? text.endIndex
            line += 1
            let content = text[cursor..<lineEnd]
            if content == "---" || content == "..." {
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
                let yaml = String(text[yamlStart..<cursor])
                let body = MarkdownText(String(text[bodyStart...]), start: SourceLocation(path: file.path, line: line + 1))
                return .success(Parts(yaml: yaml, body: body))
            }
            cursor = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
        }
        return .failure(.error(.unterminatedFrontMatter, at: SourceLocation(path: file.path)))
    }
}
