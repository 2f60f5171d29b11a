/// Finds duplicate slugs and references to content that does not exist.
struct ReferenceChecker {
    private(set) var content: ContentSet
    private(set) var diagnostics: [Diagnostic] = []

    init(content: ContentSet) {
        self.content = content
    }

    /// The content with the second and later holders of a slug dropped (each reported).
    mutating func removingDuplicates() -> ContentSet {
        content.cases = unique(content.cases, kind: "case", slug: \.slug, location: \.location)
        for index in content.cases.indices {
            content.cases[index].documents = unique(
                content.cases[index].documents, kind: "document", slug: \.slug, location: \.location)
        }
        content.defenders = unique(content.defenders, kind: "defender", slug: \.slug, location: \.location)
        content.defenders = unique(content.defenders, kind: "defender URL", slug: \.urlKey, location: \.location)
        content.organizations = unique(content.organizations, kind: "organization", slug: \.slug, location: \.location)
        content.mandates = unique(content.mandates, kind: "mandate", slug: \.slug, location: \.location)
        content.instruments = unique(content.instruments, kind: "instrument", slug: \.slug, location: \.location)
        return content
    }

    /// Reports every defender, organization and mandate named but not defined.
    mutating func checkReferences() {
        let failed = content.slugsWithErrors
        let defenders = Set(content.defenders.map(\.slug)).union(failed["defender"] ?? [])
        let organizations = Set(content.organizations.map(\.slug)).union(failed["organization"] ?? [])
        let mandates = Set(content.mandates.map(\.slug)).union(failed["mandate"] ?? [])
        for caseFile in content.cases {
            check(caseFile.defenders, kind: "defender", known: defenders)
            check(caseFile.organizations, kind: "organization", known: organizations)
            check(caseFile.mandates, kind: "mandate", known: mandates)
            for document in caseFile.documents {
                check(document.organizations, kind: "organization", known: organizations)
                check(document.mandates, kind: "mandate", known: mandates)
            }
        }
        for defender in content.defenders {
            check(defender.organizations, kind: "organization", known: organizations)
        }
    }

    private mutating func check(_ references: [Located<String>], kind: String, known: Set<String>) {
        for reference in references where !known.contains(reference.value) {
            let suggestion = NameSuggestion.nearest(to: reference.value, in: known)
            diagnostics.append(.error(.unresolvedReference(kind: kind, slug: reference.value, suggestion: suggestion), at: reference.location))
        }
    }

    private mutating func unique<Item>(
        _ items: [Item], kind: String, slug: KeyPath<Item, String>, location: KeyPath<Item, SourceLocation>
    ) -> [Item] {
        let slugs = items.map { $0[keyPath: slug] }
        guard Set(slugs).count < slugs.count else { return items }
        var first: [String: SourceLocation] = [:]
        var dropped = Set<Int>()
        for position in items.indices.sorted(by: { items[$0][keyPath: location] < items[$1][keyPath: location] }) {
            let item = items[position]
            if let original = first[item[keyPath: slug]] {
                diagnostics.append(.error(.duplicateSlug(kind: kind, slug: item[keyPath: slug], first: original), at: item[keyPath: location]))
                dropped.insert(position)
            } else {
                first[item[keyPath: slug]] = item[keyPath: location]
            }
        }
        return items.indices.filter { !dropped.contains($0) }.map { items[$0] }
    }
}

extension Defender {
    /// The profile URL's slug, or a key no other defender has when there is no profile.
    fileprivate var urlKey: String { publicSlug ?? "\u{0}withheld/" + slug }
}
