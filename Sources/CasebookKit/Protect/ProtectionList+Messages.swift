extension ProtectionList {
    /// Where a text or path shows a protected value, and what the diagnostic says.
    enum Place {
        case sourceText, sourcePath, output
    }

    /// The diagnostic for finding entry `id` at `place`.
    func message(for id: Int, at place: Place) -> DiagnosticMessage {
        let entry = entries[id]
        switch (entry.kind, place) {
        case (.privateValue, .output): return .privateValueInOutput(declared: entry.declared)
        case (.privateValue, _): return .privateValueInPublicText(declared: entry.declared)
        case (_, .output): return .protectedNameInOutput(defender: entry.owner, visibility: entry.visibility)
        case (_, .sourcePath): return .protectedNameInPath(defender: entry.owner, visibility: entry.visibility)
        case (_, .sourceText): return .protectedName(name: entry.written, defender: entry.owner, visibility: entry.visibility)
        }
    }

    /// Every protected value in `bytes` (read as `markup`, and as plain text too where asked), each at its
    /// location in the file named `path`; with the first byte of `hits` once a value per place.
    func diagnostics(
        in bytes: [UInt8], path: String, caseSlug: String?, readings: [FoldedText.Markup], place: Place
    ) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var seen: Set<String> = []
        for markup in readings {
            let text = FoldedText(bytes, markup: markup)
            for hit in hits(in: text, caseSlug: caseSlug) {
                let location = SourceLocation(path: path, byteOffset: Int(text.origins[hit.start]), in: bytes)
                guard seen.insert("\(location)\u{0}\(entries[hit.entry].owner)").inserted else { continue }
                found.append(.error(message(for: hit.entry, at: place), at: location))
            }
        }
        return found
    }
}
