import Foundation

/// Reports every place where public text names a defender who is pseudonymous or withheld.
///
/// The check runs on all content, drafts included, so that a preview cannot leak either.
struct ProtectedNameChecker {
    private struct Protected {
        var folded: String
        var written: String
        var defender: Defender
    }

    private let names: [Protected]

    init(_ defenders: [Defender]) {
        names = defenders.flatMap { defender in
            defender.protectedNames.filter { $0.count >= 3 }.map { Protected(folded: Self.fold($0), written: $0, defender: defender) }
        }
    }

    /// Diagnostics for every protected name in the public texts of `content`.
    func check(_ content: ContentSet) -> [Diagnostic] {
        guard !names.isEmpty else { return [] }
        var found: [Diagnostic] = []
        for caseFile in content.cases {
            let fields = [caseFile.title, caseFile.summary, caseFile.place ?? ""] + caseFile.actions + caseFile.violations
                + caseFile.timeline.map(\.event) + caseFile.related.compactMap(\.note)
            found += check(fields: fields, of: caseFile.location)
            found += check(caseFile.body)
            for document in caseFile.documents {
                found += check(fields: [document.title] + document.signatories.map(\.name), of: document.location)
                found += check(document.body)
            }
        }
        for body in content.defenders.filter({ $0.visibility != .withheld }).map(\.body)
            + content.organizations.map(\.body) + content.mandates.map(\.body)
        {
            found += check(body)
        }
        return found
    }

    /// Front-matter strings: reported at the file, since their own lines are not kept.
    private func check(fields: [String], of file: SourceLocation) -> [Diagnostic] {
        let folded = Self.fold(fields.joined(separator: "\n"))
        return names.filter { Self.wordRange(of: $0.folded, in: folded) != nil }.map { name in
            .error(.protectedName(name: name.written, defender: name.defender.slug, visibility: name.defender.visibility.rawValue), at: file)
        }
    }

    private func check(_ text: MarkdownText) -> [Diagnostic] {
        let lines = text.source.split(separator: "\n", omittingEmptySubsequences: false)
        var found: [Diagnostic] = []
        for (offset, line) in lines.enumerated() {
            let folded = Self.fold(String(line))
            for name in names {
                guard let range = Self.wordRange(of: name.folded, in: folded) else { continue }
                let column = folded.distance(from: folded.startIndex, to: range.lowerBound) + 1
                let location = SourceLocation(path: text.start.path, line: text.start.line + offset, column: column)
                found.append(.error(
                    .protectedName(name: name.written, defender: name.defender.slug, visibility: name.defender.visibility.rawValue),
                    at: location))
            }
        }
        return found
    }

    /// Case- and accent-insensitive form, one character for one character so columns still match.
    static func fold(_ text: String) -> String {
        String(text.map { character in
            let folded = String(character).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            return folded.count == 1 ? folded.first! : character
        })
    }

    /// The first occurrence of `name` as whole words.
    static func wordRange(of name: String, in text: String) -> Range<String.Index>? {
        var searchStart = text.startIndex
        while let range = text.range(of: name, range: searchStart..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return range }
            searchStart = text.index(after: range.lowerBound)
        }
        return nil
    }
}
