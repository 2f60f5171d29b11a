import Foundation

/// Removes passages marked private from a body before any later stage can see them.
///
/// A passage opens with a line `::: private` and closes with a line `:::`. Its lines are blanked, not
/// deleted, so every later location still points at the right line of the file.
enum PrivatePassages {
    static func redact(_ body: MarkdownText) -> Result<MarkdownText, Diagnostic> {
        guard hasFence(body.source) else { return .success(body) }
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

    /// Whether the text holds `:::` anywhere; a byte scan, since Foundation's `contains` was a visible
    /// part of loading.
    private static func hasFence(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            run = byte == UInt8(ascii: ":") ? run + 1 : 0
            if run == 3 { return true }
        }
        return false
    }
}
