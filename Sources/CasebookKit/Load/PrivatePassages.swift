import Foundation

/// Removes passages marked private from a body before any later stage can see them.
///
/// A passage opens with a line `::: private` and closes with a line `:::`. Its lines are blanked, not
/// deleted, so every later location still points at the right line of the file. A line that only looks
/// like a marker, a passage opened inside another, a `:::` that closes nothing and a passage never
/// closed are each an error (see `PrivateMarker`).
enum PrivatePassages {
    static func redact(_ body: MarkdownText) -> (body: MarkdownText, diagnostics: [Diagnostic]) {
        let source = body.source
        // Most bodies hold no line that could be a marker: they are returned without being split.
        guard mayHoldMarker(source) else { return (body, []) }
        // Split by bytes: a split by `Character` segments the whole body into grapheme clusters.
        let lines = source.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
        let markers = lines.indices.compactMap { index in PrivateMarker(line: lines[index]).map { (index, $0) } }
        guard !markers.isEmpty else { return (body, []) }
        var diagnostics: [Diagnostic] = []
        var passages: [ClosedRange<Int>] = []
        var opened: Int?
        for (index, marker) in markers {
            let location = body.start.offset(lines: index)
            if !marker.isExact {
                diagnostics.append(.error(.malformedPrivateMarker(String(lines[index])), at: location))
            }
            switch (marker.kind, opened) {
            case (.opener, nil): opened = index
            case (.opener, let first?):
                if marker.isExact { diagnostics.append(.error(.nestedPrivatePassage(openedOnLine: body.start.line + first), at: location)) }
            case (.closer, let first?):
                passages.append(first...index)
                opened = nil
            case (.closer, nil):
                if marker.isExact { diagnostics.append(.error(.unopenedPrivatePassageClose, at: location)) }
            case (.other, _): continue
            }
        }
        if let opened {
            diagnostics.append(.error(.unterminatedPrivatePassage, at: body.start.offset(lines: opened)))
        }
        guard !passages.isEmpty else { return (body, diagnostics) }
        var kept = lines
        for passage in passages {
            for index in passage { kept[index] = "" }
        }
        return (MarkdownText(kept.joined(separator: "\n"), start: body.start), diagnostics)
    }

    /// Whether some line of `source` may read as a marker: one whose first scalar after spaces, quote and
    /// list markers is a colon, or outside ASCII and neither a letter nor removed by folding (as
    /// `PrivateMarker` decides). Most bodies, in any script, have none.
    private static func mayHoldMarker(_ source: String) -> Bool {
        var source = source
        return source.withUTF8 { bytes in
            var deciding = true
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\n") {
                    deciding = true
                } else if deciding, byte >= 0x80 {
                    let (scalar, width) = bytes.scalar(at: index)
                    if let may = PrivateMarker.mayStart(with: scalar) {
                        if may { return true }
                        deciding = false
                    }
                    index += width
                    continue
                } else if deciding, !skipped[Int(byte)] {
                    if byte == UInt8(ascii: ":") { return true }
                    deciding = false
                }
                index += 1
            }
            return false
        }
    }

    /// The ASCII bytes a marker's reading passes over before its first colon.
    private static let skipped: [Bool] = (0..<256).map { byte in
        byte < 0x80 && " \t\r>-*+.)0123456789".utf8.contains(UInt8(byte))
    }
}
