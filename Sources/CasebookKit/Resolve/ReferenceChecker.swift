/// Finds duplicate slugs and references to content that does not exist.
struct ReferenceChecker {
    private(set) var content: ContentSet
    private(set) var diagnostics: [Diagnostic] = []

    init(content: ContentSet) {
        self.content = content
    }

    /// The content with the second and later holders of a slug dropped (each reported).
    mutating func removingDuplicates() -> ContentSet {
        content.cases = unique(content.cases, kind: "case", slug: { $0.slug }, location: { $0.location })
        for index in content.cases.indices {
            let documents = content.cases[index].documents
            let kept = unique(documents, kind: "document", slug: { $0.slug }, location: { $0.location })
            // Writing only what changed keeps the cases' storage shared with the loaded content.
            if kept.count != documents.count { content.cases[index].documents = kept }
        }
        content.defenders = unique(content.defenders, kind: "defender", slug: { $0.slug }, location: { $0.location })
        content.defenders = unique(content.defenders, kind: "defender URL", slug: { $0.urlKey }, location: { $0.location })
        content.organizations = unique(content.organizations, kind: "organization", slug: { $0.slug }, location: { $0.location })
        content.mandates = unique(content.mandates, kind: "mandate", slug: { $0.slug }, location: { $0.location })
        content.instruments = unique(content.instruments, kind: "instrument", slug: { $0.slug }, location: { $0.location })
        return content
    }

    /// Reports every defender, organization and mandate named but not defined.
    mutating func checkReferences() {
        let failed = content.slugsWithErrors
        let defenders = Set(content.defenders.map(\.slug)).union(failed["defender"] ?? [])
        let organizations = Set(content.organizations.map(\.slug)).union(failed["organization"] ?? [])
        let mandates = Set(content.mandates.map(\.slug)).union(failed["mandate"] ?? [])
        // What editors call them, to suggest the slug: "wgad" for the Working Group on Arbitrary Detention.
        let names = Self.names(content.defenders.map { ([$0.name] + $0.variants, $0.slug) })
            .merging(Self.names(content.organizations.map { ([$0.name] + [$0.shortName].compactMap { $0 }, $0.slug) })) { a, _ in a }
            .merging(Self.names(content.mandates.map { ([$0.name] + [$0.shortName].compactMap { $0 }, $0.slug) })) { a, _ in a }
        for caseFile in content.cases {
            check(caseFile.defenders, kind: "defender", known: defenders, names: names)
            check(caseFile.organizations, kind: "organization", known: organizations, names: names)
            check(caseFile.mandates, kind: "mandate", known: mandates, names: names)
            let documents = Set(caseFile.documents.map(\.slug)).union(failed["document"] ?? [])
            for document in caseFile.documents {
                check(document.organizations, kind: "organization", known: organizations, names: names)
                check(document.mandates, kind: "mandate", known: mandates, names: names)
                // A relation names another document of the same case, by its slug.
                check(document.relations.map(\.document), kind: "document", known: documents.subtracting([document.slug]), names: [:])
            }
        }
        for defender in content.defenders {
            check(defender.organizations, kind: "organization", known: organizations, names: names)
        }
        let known = ["defender": defenders, "organization": organizations, "mandate": mandates]
        for failed in content.referencesInFailedFiles {
            check([failed.reference], kind: failed.kind, known: known[failed.kind] ?? [], names: names)
        }
    }

    /// Each name, folded, with the slug it names.
    private static func names(_ entries: [(names: [String], slug: String)]) -> [String: String] {
        var table: [String: String] = [:]
        for entry in entries { for name in entry.names { table[Self.folded(name)] = table[Self.folded(name)] ?? entry.slug } }
        return table
    }

    private static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .joined(separator: " ")
    }

    private mutating func check(_ references: [Located<String>], kind: String, known: Set<String>, names: [String: String]) {
        for reference in references where !known.contains(reference.value) {
            let named = names[Self.folded(reference.value)].flatMap { known.contains($0) ? $0 : nil }
            let suggestion = named ?? NameSuggestion.nearest(to: reference.value, in: known)
            diagnostics.append(.error(.unresolvedReference(kind: kind, slug: reference.value, suggestion: suggestion), at: reference.location))
        }
    }

    private mutating func unique<Item>(
        _ items: [Item], kind: String, slug: (Item) -> String, location: (Item) -> SourceLocation
    ) -> [Item] {
        var seen = Set<String>(minimumCapacity: items.count)
        guard !items.allSatisfy({ seen.insert(slug($0)).inserted }) else { return items }
        var first: [String: SourceLocation] = [:]
        var dropped = Set<Int>()
        for position in items.indices.sorted(by: { location(items[$0]) < location(items[$1]) }) {
            let item = items[position]
            if let original = first[slug(item)] {
                diagnostics.append(.error(.duplicateSlug(kind: kind, slug: slug(item), first: original), at: location(item)))
                dropped.insert(position)
            } else {
                first[slug(item)] = location(item)
            }
        }
        return items.indices.filter { !dropped.contains($0) }.map { items[$0] }
    }
}

extension Defender {
    /// The profile URL's slug, or a key no other defender has when there is no profile.
    fileprivate var urlKey: String { publicSlug ?? "\u{0}withheld/" + slug }
}
