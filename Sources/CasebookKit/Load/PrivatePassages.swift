import Foundation

/// Removes passages marked private from a body before any later stage can see them.
///
/// A passage opens with a line `::: private` and closes with a line `:::`. Its lines are blanked, not
/// deleted, so every later location still points at the right line of the file.
enum PrivatePassages {
    static func redact(_ body: MarkdownText) -> Result<MarkdownText, Diagnostic> {
        guard ByteSearch.contains(":::", in: body.source) else { return .success(body) }
        var lines = body.source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var opened: Int?
        for index in lines.indices {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            if opened == nil, line == "::: private" {
                opened = index
            } else if opened != nil, line == ":::" {
                for blank in opened!...index { lines[blank] = "" }
                opened = nil
            }
        }
        if let opened {
            return .failure(.error(.unterminatedPrivatePassage, at: body.start.offset(lines: opened)))
        }
        return .success(MarkdownText(lines.joined(separator: "\n"), start: body.start))
    }
}
