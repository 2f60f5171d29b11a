extension ProtectionList {
    /// The values a protected defender's profile asks to look for, with their skeletons; reports names
    /// too short to look for safely.
    static func entries(for defender: Defender, in content: ContentSet, diagnostics: inout [Diagnostic]) -> [(Entry, [UInt8])] {
        let visibility = defender.visibility.rawValue
        var made: [(Entry, [UInt8])] = []
        let allowed = Set(defender.allowed.map { FoldedText($0).keys })
        for form in [defender.name] + defender.variants {
            let all = FoldedText(form).words
            // Initials identify no one on their own, and a letter matches too much.
            let words = all.count > 1 && all.contains(where: { $0.count > 1 }) ? all.filter { $0.count > 1 } : all
            let length = words.reduce(0) { $0 + $1.count }
            guard length >= shortest.name else {
                diagnostics.append(.error(.protectedNameTooShort(name: form, defender: defender.slug), at: defender.location))
                continue
            }
            let entry = Entry(
                kind: .name, written: form, owner: defender.slug, visibility: visibility, declared: defender.location,
                whole: length < anywhere.name || words.contains { $0.count < anywhere.namePart })
            var keys: Set<[UInt8]> = []
            for declined in NameDeclension.declined(words) {
                for order in orders(of: declined) where keys.insert(Array(order.joined())).inserted {
                    made.append((entry, Array(order.joined())))
                }
            }
        }
        let parts = FoldedText(defender.name).words
        if parts.count > 1, let surname = parts.last, let written = defender.name.split(whereSeparator: \.isWhitespace).last {
            let cases = Set(content.cases.filter { $0.defenders.contains { $0.value == defender.slug } }.map(\.slug))
            if surname.count >= shortest.surname {
                let entry = Entry(
                    kind: .surname, written: String(written), owner: defender.slug, visibility: visibility,
                    declared: defender.location, cases: cases, whole: surname.count < anywhere.surname)
                made += NameDeclension.allForms(of: surname).map { (entry, $0) }
            } else if !allowed.contains(surname) {
                diagnostics.append(.error(.protectedPartTooShort(part: String(written), defender: defender.slug), at: defender.location))
            }
        }
        let own = ProtectionList(entries: made)
        for alias in [defender.pseudonym, defender.withheldAs].compactMap({ $0 }) where !own.hits(in: FoldedText(alias), caseSlug: nil, everywhere: true).isEmpty {
            diagnostics.append(.error(.aliasRevealsName(alias: alias, defender: defender.slug), at: defender.location))
        }
        for phrase in defender.allowed {
            guard own.hits(in: FoldedText(phrase), caseSlug: nil, everywhere: true).allSatisfy({ own.entries[$0.entry].kind == .surname }) else {
                diagnostics.append(.error(.allowanceRevealsName(phrase: phrase, defender: defender.slug), at: defender.location))
                continue
            }
            let entry = Entry(kind: .allowed, written: phrase, owner: defender.slug, declared: defender.location, whole: false)
            made.append((entry, FoldedText(phrase).keys))
        }
        return made
    }

    /// The orders a name's parts may be written in: all of them up to four parts, else each rotation and
    /// its reverse.
    static func orders(of words: [[UInt8]]) -> [[[UInt8]]] {
        guard words.count > 1 else { return [words] }
        guard words.count <= 4 else {
            let rotations = words.indices.map { Array(words[$0...] + words[..<$0]) }
            return rotations + rotations.map { $0.reversed() }
        }
        return words.indices.flatMap { first in
            var rest = words
            let head = rest.remove(at: first)
            return orders(of: rest).map { [head] + $0 }
        }
    }

    /// Protected names and surnames that also stand in a public name (a public defender's, a pseudonym,
    /// an organization's, a mandate's), unless the protected profile allows that name.
    func overlaps(with content: ContentSet) -> [Diagnostic] {
        let publicNames = content.defenders.flatMap { defender -> [(name: String, owner: String)] in
            switch defender.visibility {
            case .public: ([defender.name] + defender.variants).map { ($0, defender.slug) }
            case .pseudonymous: defender.pseudonym.map { [($0, defender.slug)] } ?? []
            case .withheld: defender.withheldAs.map { [($0, defender.slug)] } ?? []
            }
        } + (content.organizations.flatMap { [$0.name] + ($0.shortName.map { [$0] } ?? []) } + content.mandates.map(\.name)).map { ($0, "") }
        var seen: Set<String> = []
        var found: [Diagnostic] = []
        for (name, owner) in publicNames {
            for hit in hits(in: FoldedText(name), caseSlug: nil, everywhere: true) {
                let entry = entries[hit.entry]
                guard entry.owner != owner, let defender = content.defenders.first(where: { $0.slug == entry.owner }),
                    seen.insert("\(entry.owner)\u{0}\(name)").inserted
                else { continue }
                found.append(.error(.protectedPartInPublicName(part: entry.written, defender: entry.owner, publicName: name), at: defender.location))
            }
        }
        return found
    }
}
