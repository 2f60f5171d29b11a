import Foundation

/// The templates of `templates/`, parsed, checked and compiled for the views they render before any page is.
public struct TemplateSet: Sendable {
    /// The templates every site needs.
    public static let requiredTemplates = [
        "layout", "home", "cases", "case", "document", "defender", "organization", "mandate", "country", "instrument",
        "list", "search", "404",
    ]

    /// Which view each page template renders: the pairs compiled and checked when templates load.
    static let pageViews: [(template: String, view: any TemplateView.Type)] = [
        ("home", HomePage.self), ("cases", CaseListPage.self), ("case", CasePage.self), ("document", DocumentPage.self),
        ("defender", DefenderPage.self), ("organization", OrganizationPage.self), ("mandate", MandatePage.self),
        ("country", CountryPage.self), ("instrument", InstrumentPage.self), ("list", ListPage.self),
        ("search", PlainPage.self), ("404", PlainPage.self),
    ]

    /// A compiled program's page template and view type.
    struct Key: Hashable, Sendable {
        var template: String
        var view: ObjectIdentifier
    }

    let programs: [Key: TemplateProgram]
    /// The interface strings from `templates/strings.yml`.
    public let strings: InterfaceStrings
    /// Each template's text, by name: two sets with equal texts and strings render alike.
    let sources: [String: String]

    /// Whether pages rendered with `other` would come out the same.
    func rendersLike(_ other: TemplateSet) -> Bool { rendersLike(sources: other.sources, strings: other.strings.table) }

    /// Whether pages rendered from these template texts and strings would come out as this set renders them.
    func rendersLike(sources: [String: String], strings table: [String: String]?) -> Bool {
        self.sources == sources && strings.table == table
    }

    /// Loads, parses and compiles every `.mustache` file with `strings.yml`, reporting every problem at once.
    /// With `previous`, a set read from the same texts is returned as it is, without compiling them again.
    public static func load(
        from folder: URL, displayPath: (URL) -> String, reusing previous: TemplateSet? = nil
    ) -> (TemplateSet?, [Diagnostic]) {
        let links = TemplateLinks(under: folder)
        let stringsURL = folder.appendingPathComponent("strings.yml")
        let (strings, stringDiagnostics) = links.contains(stringsURL)
            ? (nil, []) : InterfaceStrings.load(from: stringsURL, displayPath: displayPath)
        var diagnostics = links.diagnostics(displayPath: displayPath)
        var files: [String: SourceFile] = [:]
        let names = templateNames(in: folder)
        for name in names {
            let url = folder.appendingPathComponent(name + ".mustache")
            guard !links.contains(url) else { continue }
            switch SourceFile.read(at: url, displayPath: displayPath(url)) {
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            case .success(let source): files[name] = source
            }
        }
        let sources = files.mapValues(\.text)
        if let previous, diagnostics.isEmpty, stringDiagnostics.isEmpty, previous.rendersLike(sources: sources, strings: strings?.table) {
            return (previous, [])
        }
        var parsed: [String: [TemplateNode]] = [:]
        let ordered = files.sorted { $0.key < $1.key }
        for (name, source) in ordered {
            switch TemplateParser.parse(source.text, path: source.path) {
            case .success(let nodes): parsed[name] = nodes
            case .failure(let failure): diagnostics.append(.error(failure.message, at: failure.spot.location))
            }
        }
        let folderLocation = SourceLocation(path: displayPath(folder))
        for name in requiredTemplates where !names.contains(name) {
            diagnostics.append(.error(.missingTemplate(name), at: folderLocation))
        }
        diagnostics += TemplateLint.checkPartials(in: ordered.map(\.value), names: Set(names))
        let cycles = PartialCycles.check(files)
        diagnostics += cycles + stringDiagnostics
        guard let strings else { return (nil, diagnostics) }
        var programs: [Key: TemplateProgram] = [:]
        var compileDiagnostics: Set<Diagnostic> = []
        for (template, view) in pageViews where parsed[template] != nil {
            let (program, found) = TemplateCompiler.compile(template, for: view, templates: parsed, strings: strings.table)
            programs[Key(template: template, view: ObjectIdentifier(view))] = program
            compileDiagnostics.formUnion(found)
        }
        diagnostics += compileDiagnostics.sorted()
        guard !diagnostics.containsErrors else { return (nil, diagnostics) }
        return (TemplateSet(programs: programs, strings: strings, sources: sources), diagnostics)
    }

    /// A page model rendered into its file.
    func file(_ model: PageModel) -> OutputFile {
        OutputFile(path: model.route.file, contents: bytes(model))
    }

    /// Renders a page model with its template.
    public func render(_ model: PageModel) -> String { String(decoding: bytes(model), as: UTF8.self) }

    /// The page's bytes; none for a template and view that were never paired (a mistake in Casebook's code).
    func bytes(_ model: PageModel) -> [UInt8] { model.values.rendered(by: self, template: model.template) }

    private static func templateNames(in folder: URL) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }.sorted()
    }
}
