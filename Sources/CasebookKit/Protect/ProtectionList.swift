/// Every value that must reach no output byte, built once after loading: the names of pseudonymous and
/// withheld defenders and their variants in every order of their parts, each one's surname on the pages of
/// the cases about them, and every value of every `private` mapping; with the public names a profile allows.
struct ProtectionList: Sendable, Hashable {
    /// One value looked for.
    struct Entry: Sendable, Hashable {
        /// What the value is.
        enum Kind: Sendable, Hashable {
            case name, surname, privateValue, allowed
        }

        var kind: Kind
        /// The value as the content writes it, for messages.
        var written: String
        /// The defender it protects (or allows), by slug; empty for a private value.
        var owner: String = ""
        var visibility: String = ""
        /// Where the value is declared.
        var declared: SourceLocation
        /// The slugs of the cases on whose pages alone it is looked for; nil: everywhere.
        var cases: Set<String>? = nil
        /// Whether it must start and end on word boundaries (a short value would match inside words).
        var whole: Bool
    }

    /// The values, by pattern id.
    private(set) var entries: [Entry] = []
    private var patterns = PatternSet([])
    /// Problems with the profiles that ask for protection.
    private(set) var diagnostics: [Diagnostic] = []

    /// The fewest skeleton letters of a name, a surname and a private value that can be looked for.
    static let shortest = (name: 4, surname: 3, privateValue: 6)
    /// From this many skeleton letters on (and with no part shorter), a value is looked for inside words
    /// too (in hashtags, in URLs); a shorter one only as whole words.
    static let anywhere = (name: 8, namePart: 4, surname: 6, privateValue: 8)

    /// Whether nothing is protected.
    var isEmpty: Bool { patterns.isEmpty }

    /// The list for `content`.
    init(_ content: ContentSet) {
        var keys: [[UInt8]] = []
        for defender in content.defenders where defender.visibility != .public {
            for (entry, key) in Self.entries(for: defender, in: content, diagnostics: &diagnostics) {
                entries.append(entry)
                keys.append(key)
            }
        }
        for value in content.privateValues {
            let key = FoldedText(value.value).keys
            let digits = key.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            guard key.count >= Self.shortest.privateValue, !(digits && key.count < 9) else { continue }
            entries.append(Entry(kind: .privateValue, written: value.value, declared: value.location, whole: key.count < Self.anywhere.privateValue))
            keys.append(key)
        }
        patterns = PatternSet(keys)
        diagnostics += overlaps(with: content)
    }

    /// A list of `made` alone: for checking a profile's own aliases and allowances.
    init(entries made: [(Entry, [UInt8])]) {
        entries = made.map(\.0)
        patterns = PatternSet(made.map(\.1))
    }

    /// Every match in `text` of a value looked for there, allowances taken out: the entry and the index of
    /// the match's first byte in `text.keys`. `caseSlug` is the case whose page (or source) the text is;
    /// `everywhere` looks for surnames outside the pages of their cases too.
    func hits(in text: FoldedText, caseSlug: String?, everywhere: Bool = false) -> [(entry: Int, start: Int)] {
        var found: [(entry: Int, start: Int, end: Int)] = []
        var allowed: [(owner: String, start: Int, end: Int)] = []
        patterns.matches(in: text.keys) { id, end in
            let entry = entries[id], start = end - patterns.lengths[id] + 1
            if entry.whole, !text.isWhole(end: end, length: patterns.lengths[id]) { return }
            if entry.kind == .allowed { return allowed.append((entry.owner, start, end)) }
            if !everywhere, let cases = entry.cases, !(caseSlug.map(cases.contains) ?? false) { return }
            found.append((id, start, end))
        }
        let kept = found.filter { hit in
            !allowed.contains { $0.owner == entries[hit.entry].owner && $0.start <= hit.start && hit.end <= $0.end }
        }
        // A surname inside a whole name of the same defender is that name's hit.
        return kept.filter { hit in
            !kept.contains { other in
                entries[other.entry].owner == entries[hit.entry].owner && other.end - other.start > hit.end - hit.start
                    && other.start <= hit.start && hit.end <= other.end
            }
        }.map { ($0.entry, $0.start) }
    }
}
