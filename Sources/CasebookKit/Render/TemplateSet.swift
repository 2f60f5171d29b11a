import Foundation
import Mustache

/// The Mustache templates of `templates/`, checked before any page is rendered.
public struct TemplateSet: Sendable {
    /// The templates every site needs.
    public static let requiredTemplates = [
        "layout", "home", "cases", "case", "document", "defender", "organization", "mandate", "country", "instrument",
        "list", "search", "404",
    ]

    let library: MustacheLibrary
    /// The interface strings from `templates/strings.yml`.
    public let strings: InterfaceStrings
    /// Each template's text, by name: two sets with equal texts and strings render alike.
    let sources: [String: String]
    /// The list items' partials rendered so far, kept while this set renders.
    let memo: PartialMemo

    /// Whether pages rendered with `other` would come out the same.
    func rendersLike(_ other: TemplateSet) -> Bool { rendersLike(sources: other.sources, strings: other.strings.table) }

    /// Whether pages rendered from these template texts and strings would come out as this set renders them.
    func rendersLike(sources: [String: String], strings table: [String: String]?) -> Bool {
        self.sources == sources && strings.table == table
    }

    /// Loads and checks every `.mustache` file and `strings.yml`, reporting every problem at once.
    /// With `previous`, a set read from the same texts is returned as it is, without parsing them again.
    /// Without `memoizingItems`, every list item's partial is rendered in place (for comparison).
    public static func load(
        from folder: URL, displayPath: (URL) -> String, reusing previous: TemplateSet? = nil, memoizingItems: Bool = true
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
        var templates: [String: MustacheTemplate] = [:]
        let ordered = files.sorted { $0.key < $1.key }
        for (name, source) in ordered {
            do {
                // Parsed as written first, so that syntax errors point into the file.
                let template = try MustacheTemplate(string: HTMLContent.pragma + source.text)
                let fixed = strings.map { Self.fillingIn($0, in: source) }
                templates[name] = fixed.flatMap { try? MustacheTemplate(string: HTMLContent.pragma + $0) } ?? template
                diagnostics += TemplateLint.check(source)
            } catch let error as MustacheTemplate.ParserError {
                let location = SourceLocation(path: source.path, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber)
                diagnostics.append(.error(.templateSyntax(reason: "\(error.error)"), at: location))
            } catch {
                diagnostics.append(.error(.templateSyntax(reason: "\(error)"), at: SourceLocation(path: source.path)))
            }
        }
        let folderLocation = SourceLocation(path: displayPath(folder))
        for name in requiredTemplates where !names.contains(name) {
            diagnostics.append(.error(.missingTemplate(name), at: folderLocation))
        }
        diagnostics += TemplateLint.checkPartials(in: ordered.map(\.value), names: Set(names))
        diagnostics += PartialCycles.check(files)
        diagnostics += stringDiagnostics
        guard !diagnostics.containsErrors, let strings else { return (nil, diagnostics) }
        let memoized = memoizingItems ? memoizing(&templates, files: files) : []
        let library = MustacheLibrary(templates: templates)
        let memo = PartialMemo(library: library, partials: memoized)
        return (TemplateSet(library: library, strings: strings, sources: sources, memo: memo), diagnostics)
    }

    /// The template text with each `{{t.key}}` replaced by its escaped string, as rendering would give it.
    ///
    /// The strings are the same on every page, and swift-mustache looks each tag up anew through the
    /// context stack: a fifth of its lookups. Values holding braces or line breaks are left to it.
    static func fillingIn(_ strings: InterfaceStrings, in source: SourceFile) -> String {
        let text = source.text
        guard !text.contains("{{=") else { return text }  // other delimiters: left to swift-mustache
        var out = ""
        var cursor = text.startIndex
        for tag in TemplateLint.tags(in: source) where tag.sigil == nil && tag.name.hasPrefix("t.") {
            guard let value = strings.table[String(tag.name.dropFirst(2))], !value.contains(where: { "{}\n\r".contains($0) }) else {
                continue
            }
            out += text[cursor..<tag.range.lowerBound] + Escaping.html(value)
            cursor = tag.range.upperBound
        }
        return out + text[cursor...]
    }

    /// A page model rendered into its file.
    func file(_ model: PageModel) -> OutputFile {
        OutputFile(path: model.route.file, contents: Array(render(model).utf8))
    }

    /// Renders a page model with its template.
    public func render(_ model: PageModel) -> String {
        let context: Any = (model.values as? MustacheParent).map { PageContext($0, memo: memo) } ?? model.values
        return library.render(context, withTemplate: model.template) ?? ""
    }

    /// A page's values behind one reference: swift-mustache casts its context at every variable it looks
    /// up, and a cast of the page's struct would copy all of its fields each time. Its lists of items
    /// come wrapped for the memo.
    private final class PageContext: MustacheParent {
        let values: any MustacheParent
        let memo: PartialMemo

        init(_ values: any MustacheParent, memo: PartialMemo) {
            self.values = values
            self.memo = memo
        }

        func child(named key: String) -> Any? {
            let value = values.child(named: key)
            return (value as? any ListItemArray)?.memoized(by: memo) ?? value
        }
    }

    private static func templateNames(in folder: URL) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }.sorted()
    }
}
