/// Finds templates that include themselves through partials (`{{> name}}`) or parents (`{{< name}}`),
/// directly or through other templates: swift-mustache would render them until the stack overflows.
struct PartialCycles {
    /// Each template's partial and parent tags that name another template of the set, in the order written.
    private let edges: [String: [TemplateLint.Tag]]
    private var finished: Set<String> = []
    /// The templates being visited, each with the tag that led on to the next.
    private var path: [(name: String, tag: TemplateLint.Tag?)] = []
    private var diagnostics: [Diagnostic] = []

    /// An error for each cycle found, at the tag in the cycle's first template that starts it.
    static func check(_ files: [String: SourceFile]) -> [Diagnostic] {
        var search = PartialCycles(edges: files.mapValues { source in
            TemplateLint.tags(in: source).filter { ($0.sigil == ">" || $0.sigil == "<") && files[$0.name] != nil }
        })
        for name in files.keys.sorted() where !search.finished.contains(name) { search.visit(name) }
        return search.diagnostics
    }

    private init(edges: [String: [TemplateLint.Tag]]) {
        self.edges = edges
    }

    private mutating func visit(_ name: String) {
        path.append((name, nil))
        for tag in edges[name] ?? [] where !finished.contains(tag.name) {
            path[path.count - 1].tag = tag
            if let start = path.firstIndex(where: { $0.name == tag.name }) {
                let cycle = path[start...].map(\.name) + [tag.name]
                diagnostics.append(.error(.partialCycle(cycle), at: path[start].tag?.location ?? tag.location))
            } else {
                visit(tag.name)
            }
        }
        path.removeLast()
        finished.insert(name)
    }
}
