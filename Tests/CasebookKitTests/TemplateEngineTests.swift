import Foundation
import Testing
@testable import CasebookKit

struct EngineItem: TemplateView {
    var name: String
    var href: String?
    static let templateFields: [TemplateField<EngineItem>] = [.text("name", \.name), .optionalText("href", \.href)]
}

struct EngineRoot: TemplateView {
    var title = "T"
    var items = [EngineItem(name: "a", href: "/a"), EngineItem(name: "b", href: nil)]
    var flag = true
    var maybe: EngineItem?
    var count = 0
    var bodyHTML = "<b>&</b>"
    var tags = ["x", "y"]
    static let templateFields: [TemplateField<EngineRoot>] = [
        .text("title", \.title), .list("items", \.items), .bool("flag", \.flag), .optionalView("maybe", \.maybe),
        .int("count", \.count), .html("bodyHTML", \.bodyHTML), .texts("tags", \.tags),
    ]
}

/// The engine on small templates: Mustache's rules as swift-mustache applied them, and its checks.
@Suite("Template engine")
struct TemplateEngineTests {
    /// Renders template `main` of `templates` for `view`; the output, or the diagnostics as printed.
    func render(_ templates: [String: String], _ view: EngineRoot = EngineRoot(), strings: [String: String] = [:]) -> String {
        var parsed: [String: [TemplateNode]] = [:]
        for (name, text) in templates {
            switch TemplateParser.parse(text, path: name) {
            case .success(let nodes): parsed[name] = nodes
            case .failure(let failure): return Diagnostic.error(failure.message, at: failure.spot.location).description
            }
        }
        let (program, diagnostics) = TemplateCompiler.compile("main", for: EngineRoot.self, templates: parsed, strings: strings)
        guard diagnostics.isEmpty else { return diagnostics.sorted().map(\.description).joined(separator: "\n") }
        var out: [UInt8] = []
        withUnsafePointer(to: view) { program.render(UnsafeRawPointer($0), into: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    @Test("tags alone on their lines leave no line behind; others keep their spaces")
    func standaloneLines() {
        #expect(render(["main": "<ul>\n  {{#items}}\n<li>{{name}}</li>\n  {{/items}}\n</ul>\n"]) == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
        #expect(render(["main": "a\n{{! note }}\nb {{#flag}}yes{{/flag}} c\n"]) == "a\nb yes c\n")
        #expect(render(["main": "{{=<% %>=}}\n<%title%> {{title}}\n"]) == "T {{title}}\n")
    }

    @Test("values are escaped, HTML fields may be printed raw")
    func escaping() {
        var view = EngineRoot()
        view.title = "<a href=\"x\">'&"
        #expect(render(["main": "{{title}}|{{{bodyHTML}}}|{{& bodyHTML}}|{{bodyHTML}}"], view)
            == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;|<b>&</b>|<b>&</b>|&lt;b&gt;&amp;&lt;/b&gt;")
    }

    @Test("names climb out of items to the page; a dotted name stays in the item")
    func contextStack() {
        let text = "{{#items}}{{#.href}}<a href=\"{{.}}\">{{name}}</a>{{/.href}}{{^.href}}{{name}}{{/.href}} {{title}};{{/items}}"
        #expect(render(["main": text]) == "<a href=\"/a\">a</a> T;b T;")
        #expect(render(["main": "{{#tags}}{{.}}{{^last()}}, {{/last()}}{{/tags}}|{{#items}}{{#first()}}1st {{/first()}}{{name}}{{/items}}"])
            == "x, y|1st ab")
    }

    @Test("sections over optionals, yes/no values, lists and functions")
    func sections() {
        var view = EngineRoot()
        #expect(render(["main": "{{#maybe}}{{name}}{{/maybe}}{{^maybe}}none{{/maybe}} {{^empty(items)}}some{{/empty(items)}} {{#equalzero(count)}}zero{{/equalzero(count)}}"], view)
            == "none some zero")
        view.maybe = EngineItem(name: "m", href: nil)
        (view.flag, view.count, view.items) = (false, 2, [])
        #expect(render(["main": "{{#maybe}}{{name}}{{/maybe}} {{^flag}}off{{/flag}} {{count}} {{^items}}empty{{/items}}"], view) == "m off 2 empty")
    }

    @Test("partials are compiled for each view they render; parents fill blocks")
    func partialsAndParents() {
        var view = EngineRoot()
        view.maybe = EngineItem(name: "m", href: nil)
        #expect(render(["main": "{{#items}}{{> p}}{{/items}}{{#maybe}}{{> p}}{{/maybe}}", "p": "[{{name}}]"], view) == "[a][b][m]")
        let layout = "<h>{{$head}}default{{/head}}</h>\n{{$body}}{{/body}}\n"
        #expect(render(["main": "{{< layout}}\n{{$body}}\nB {{title}}\n{{/body}}\n{{/layout}}\n", "layout": layout]) == "<h>default</h>\nB T\n\n")
    }

    @Test("an indented partial indents what starts a line, piece by piece, as swift-mustache did")
    func indentedPartial() {
        let partial = "<li>{{title}}</li>\n{{#items}}<li>{{name}}</li>\n{{/items}}"
        #expect(render(["main": "<ul>\n  {{> p}}\n</ul>\n", "p": partial]) == "<ul>\n  <li>T</li>\n  <li>a</li>\n<li>b</li>\n</ul>\n")
        #expect(render(["main": "<p>\n\t{{> p}}\n</p>\n", "p": "a\nb\n"]) == "<p>\n\ta\n\tb\n</p>\n")
    }

    @Test("interface strings are filled in escaped when templates load")
    func interfaceStrings() {
        #expect(render(["main": "{{t.a}} {{#items}}{{t.a}}{{/items}}"], strings: ["a": "&"]) == "&amp; &amp;&amp;")
    }

    @Test("names, sections and functions are checked against the view, at their line and column")
    func checks() {
        #expect(render(["main": "x\n  {{titel}}"]) == "main:2:3: error: 'EngineRoot' has no field 'titel'; did you mean 'title'?")
        #expect(render(["main": "{{#items}}{{nme}}{{/items}}"]) == "main:1:11: error: 'EngineItem' has no field 'nme'; did you mean 'name'?")
        #expect(render(["main": "{{#title}}x{{/title}}"])
            == "main:1:1: error: 'title' is text; a section needs a list, a yes/no value or an optional value")
        #expect(render(["main": "{{items}}"])
            == "main:1:1: error: 'items' is list of EngineItem, which cannot be printed; repeat over it with {{#items}}…{{/items}}")
        #expect(render(["main": "{{#count(items)}}x{{/count(items)}}"]).hasPrefix("main:1:1: error: 'count(items)' is not a function"))
        #expect(render(["main": "{{t.b}}"], strings: ["abc": "A"]) == "main:1:1: error: strings.yml has no string 'b'")
        #expect(render(["main": "{{{title}}}"])
            == "main:1:1: error: unescaped value 'title'; only keys ending in 'HTML' may use {{{ }}} or {{& }}")
        #expect(render(["main": "{{#items}}\n{{name}}\n"])
            == "main:1:1: error: template syntax error: section 'items' is not closed; add {{/items}}")
    }
}
