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
    /// The interface strings of the default language, from `templates/strings.yml`.
    public let strings: InterfaceStrings
    /// Each template's text, by name: two sets with equal texts and strings render alike.
    let sources: [String: String]
    /// The same templates compiled with the strings of each other language of the site, by tag.
    let others: [String: TemplateSet]
    /// Each language's own name (`language_name` of its strings), by tag, for the language switcher.
    let languageNames: [String: String]

    /// The templates compiled with the strings of `language`; this set for its own language.
    func language(_ language: String) -> TemplateSet { others[language] ?? self }

    /// Every language's strings, by tag.
    var stringTables: [String: [String: String]] {
        others.mapValues(\.strings.table).merging([strings.language: strings.table]) { _, own in own }
    }

    /// Whether pages rendered with `other` would come out the same.
    func rendersLike(_ other: TemplateSet) -> Bool { rendersLike(sources: other.sources, strings: other.stringTables) }

    /// Whether pages rendered from these template texts and strings would come out as this set renders them.
    func rendersLike(sources: [String: String], strings tables: [String: [String: String]]?) -> Bool {
        self.sources == sources && stringTables == tables
    }

    /// Loads, parses and compiles every `.mustache` file with the strings of each of `languages` (the
    /// default first; none means `strings.yml` alone), reporting every problem at once. With `previous`,
    /// a set read from the same texts is returned as it is, without compiling them again.
    public static func load(
        from folder: URL, displayPath: (URL) -> String, languages: [String] = [], reusing previous: TemplateSet? = nil
    ) -> (TemplateSet?, [Diagnostic]) {
        let links = TemplateLinks(under: folder)
        let (allStrings, stringDiagnostics) = loadStrings(in: folder, languages: languages, links: links, displayPath: displayPath)
        let strings = allStrings.first
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
        let tables = stringDiagnostics.isEmpty ? Dictionary(allStrings.map { ($0.language, $0.table) }, uniquingKeysWith: { a, _ in a }) : nil
        if let previous, diagnostics.isEmpty, stringDiagnostics.isEmpty, previous.rendersLike(sources: sources, strings: tables) {
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
        guard let strings, stringDiagnostics.isEmpty else { return (nil, diagnostics) }
        var compileDiagnostics: Set<Diagnostic> = []
        let languageNames = Dictionary(allStrings.map { ($0.language, $0["language_name"]) }, uniquingKeysWith: { first, _ in first })
        let compiled = allStrings.map { strings in
            var programs: [Key: TemplateProgram] = [:]
            for (template, view) in pageViews where parsed[template] != nil {
                let (program, found) = TemplateCompiler.compile(template, for: view, templates: parsed, strings: strings.table)
                programs[Key(template: template, view: ObjectIdentifier(view))] = program
                compileDiagnostics.formUnion(found)
            }
            return TemplateSet(programs: programs, strings: strings, sources: sources, others: [:], languageNames: languageNames)
        }
        diagnostics += compileDiagnostics.sorted()
        guard !diagnostics.containsErrors, let first = compiled.first else { return (nil, diagnostics) }
        let others = Dictionary(compiled.dropFirst().map { ($0.strings.language, $0) }, uniquingKeysWith: { a, _ in a })
        return (TemplateSet(programs: first.programs, strings: strings, sources: sources, others: others, languageNames: languageNames), diagnostics)
    }

    /// The strings of every language, the default's first: `strings.<tag>.yml`, or for the default
    /// language `strings.yml` when it has no file of its own. Every other language's file must have the
    /// default's keys.
    private static func loadStrings(
        in folder: URL, languages: [String], links: TemplateLinks, displayPath: (URL) -> String
    ) -> ([InterfaceStrings], [Diagnostic]) {
        let first = languages.first ?? "en"
        let names = languages.isEmpty ? ["strings.yml"] : InterfaceStrings.defaultFileNames(for: first)
        let url = names.map { folder.appendingPathComponent($0) }.first { FileManager.default.fileExists(atPath: $0.path) }
            ?? folder.appendingPathComponent("strings.yml")
        guard !links.contains(url) else { return ([], []) }
        let (loaded, diagnostics) = InterfaceStrings.load(from: url, displayPath: displayPath, language: first)
        guard let reference = loaded else { return ([], diagnostics) }
        var all = [reference], found = diagnostics
        // The language switcher names each language in its own words.
        if languages.count > 1, reference.table["language_name"] == nil {
            found.append(.error(.missingKey("language_name"), at: SourceLocation(path: displayPath(url))))
        }
        for language in languages.dropFirst() {
            let file = folder.appendingPathComponent(InterfaceStrings.fileName(of: language))
            guard !links.contains(file) else { continue }
            guard FileManager.default.fileExists(atPath: file.path) else {
                found.append(.error(.missingStringsFile(language: language, file: displayPath(file)), at: SourceLocation(path: displayPath(folder))))
                continue
            }
            let (strings, problems) = InterfaceStrings.load(from: file, displayPath: displayPath, language: language, reference: reference, referencePath: displayPath(url))
            found += problems
            if let strings { all.append(strings) }
        }
        return (all, found)
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
