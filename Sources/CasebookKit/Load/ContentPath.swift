/// What a file under `content/` is, judged from where it lies.
enum ContentPath: Sendable, Hashable {
    case caseIndex(folder: String)
    case document(folder: String, file: String)
    case defender(file: String)
    case organization(file: String)
    case mandate(file: String)
    case instrument(file: String)
    /// A translation into `language` of the file at the place given: `<name>.<tag>.md` beside `<name>.md`.
    indirect case translation(of: ContentPath, language: String)

    /// What the layout expects, for the diagnostic on a file that fits nowhere.
    static let expectedLayout =
        "cases/<case>/index.md, cases/<case>/<document>.md, defenders/<slug>.md, organizations/<slug>.md, mandates/<slug>.md or instruments/<slug>.md"

    /// Classifies a path relative to `content/`, split into components. A name whose last dotted part is
    /// a language tag (`index.ru.md`, `x.pt-BR.md`) is a translation of the file without it.
    init?(components: [String]) {
        guard let last = components.last, last.hasSuffix(".md") else { return nil }
        let name = String(last.dropLast(3))
        if let dot = name.lastIndex(of: "."), dot > name.startIndex, LanguageTag.isValid(String(name[name.index(after: dot)...])),
            let original = ContentPath(components: components.dropLast() + [name[..<dot] + ".md"])
        {
            guard case .translation = original else {
                self = .translation(of: original, language: String(name[name.index(after: dot)...]))
                return
            }
            return nil
        }
        switch (components.count, components[0]) {
        case (3, "cases"): self = name == "index" ? .caseIndex(folder: components[1]) : .document(folder: components[1], file: name)
        case (2, "defenders"): self = .defender(file: name)
        case (2, "organizations"): self = .organization(file: name)
        case (2, "mandates"): self = .mandate(file: name)
        case (2, "instruments"): self = .instrument(file: name)
        default: return nil
        }
    }

    /// The kind of content, as diagnostics name it.
    var kind: String {
        switch self {
        case .caseIndex: "case"
        case .document: "document"
        case .defender: "defender"
        case .organization: "organization"
        case .mandate: "mandate"
        case .instrument: "instrument"
        case .translation(let original, _): original.kind
        }
    }

    /// The file's path under `content/`.
    var relativePath: String {
        switch self {
        case .caseIndex(let folder): "cases/\(folder)/index.md"
        case .document(let folder, let file): "cases/\(folder)/\(file).md"
        case .defender(let file): "defenders/\(file).md"
        case .organization(let file): "organizations/\(file).md"
        case .mandate(let file): "mandates/\(file).md"
        case .instrument(let file): "instruments/\(file).md"
        case .translation(let original, let language): String(original.relativePath.dropLast(3)) + ".\(language).md"
        }
    }

    /// The slug the file gets unless its front matter sets one.
    var defaultSlug: String {
        switch self {
        case .caseIndex(let folder): folder
        case .document(_, let file), .defender(let file), .organization(let file), .mandate(let file),
            .instrument(let file):
            file
        case .translation(let original, _): original.defaultSlug
        }
    }
}
