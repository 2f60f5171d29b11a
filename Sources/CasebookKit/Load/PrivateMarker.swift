import Foundation

/// How one line of a body reads as a private-passage marker.
///
/// A marker is a line of exactly `::: private` (opening) or `:::` (closing). A line that only looks like one
/// (`:::private`, `::: Private`, a tab or a no-break space, fullwidth colons, `> ::: private` in a quote or
/// `- :::` in a list) would be rendered as text, publishing what it was meant to hide, so it is an error.
/// Whether a line looks like a marker is decided on its folded form: compatibility-normalised (NFKC), colon
/// look-alikes read as colons, whitespace and invisible format characters removed, quote and list markers
/// stripped, lowercased. A line looks like a marker if that form starts with `:::`.
struct PrivateMarker: Sendable, Hashable {
    enum Kind: Sendable { case opener, closer, other }

    /// What the line would be if it were written exactly.
    var kind: Kind
    /// Whether the line is exactly `::: private` or `:::`.
    var isExact: Bool

    static let opener = "::: private"
    static let closer = ":::"

    /// The line's reading, nil for a line that does not look like a marker.
    init?(line: Substring) {
        if line == Self.opener || line == Self.closer {
            (kind, isExact) = (line == Self.opener ? .opener : .closer, true)
            return
        }
        guard Self.mayLookLikeMarker(line) else { return nil }
        let folded = Self.folded(line)
        guard folded.hasPrefix(":::") else { return nil }
        kind = folded == ":::private" ? .opener : folded == ":::" ? .closer : .other
        isExact = false
    }

    /// A cheap test that passes every line whose folded form could start with `:::`: it skips what folding
    /// removes and looks at the first scalar left.
    private static func mayLookLikeMarker(_ line: Substring) -> Bool {
        for scalar in line.unicodeScalars {
            if scalar.isASCII {
                if " \t>-*+.)0123456789".unicodeScalars.contains(scalar) { continue }
                return scalar == ":"
            }
            guard let may = mayStart(with: scalar) else { continue }
            return may
        }
        return false
    }

    /// For a scalar outside ASCII before any other of a line but those skipped: nil if folding removes it,
    /// else whether a line's folded form may start with `:::` from it on.
    static func mayStart(with scalar: Unicode.Scalar) -> Bool? {
        if scalar.properties.isWhitespace || scalar.properties.generalCategory == .format { return nil }
        return !scalar.properties.isAlphabetic
    }

    /// The line compatibility-normalised, colon look-alikes as `:`, without whitespace, format characters
    /// and leading quote and list markers, lowercased.
    static func folded(_ line: Substring) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in String(line).precomposedStringWithCompatibilityMapping.unicodeScalars
        where !(scalar.properties.isWhitespace || scalar.properties.generalCategory == .format) {
            scalars.append(colonLookalikes.contains(scalar) ? ":" : scalar)
        }
        var text = Substring(String(scalars))
        while true {
            if let first = text.first, ">-*+".contains(first) {
                text = text.dropFirst()
                continue
            }
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            let after = text.dropFirst(digits.count).first
            guard !digits.isEmpty, after == "." || after == ")" else { break }
            text = text.dropFirst(digits.count + 1)
        }
        return text.lowercased()
    }

    /// Colons that NFKC leaves as they are: ratio, modifier letter colon, letter colon, Armenian full stop.
    private static let colonLookalikes: Set<Unicode.Scalar> = ["\u{2236}", "\u{02F8}", "\u{A789}", "\u{0589}"]
}
