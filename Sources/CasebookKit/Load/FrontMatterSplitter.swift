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
        // Lines are found by their bytes: a `Character` scan would spend most of the load stage here.
        let bytes = text.utf8
        var line = 1
        let yamlStart = bytes.index(bytes.startIndex, offsetBy: 4, limitedBy: bytes.endIndex) ?? bytes.endIndex
        var cursor = yamlStart
        while cursor < bytes.endIndex {
            let lineEnd = bytes[cursor...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            line += 1
            let content = bytes[cursor..<lineEnd]
            if content.elementsEqual("---".utf8) || content.elementsEqual("...".utf8) {
                let bodyStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
                let yaml = String(text[yamlStart..<cursor])
                let body = MarkdownText(String(text[bodyStart...]), start: SourceLocation(path: file.path, line: line + 1))
                return .success(Parts(yaml: yaml, body: body))
            }
            cursor = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
        }
        return .failure(.error(.unterminatedFrontMatter, at: SourceLocation(path: file.path)))
    }
}
