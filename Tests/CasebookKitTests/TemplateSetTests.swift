import Foundation
import Testing
@testable import CasebookKit

@Suite("TemplateSet")
struct TemplateSetTests {
    /// Loads `folder`, showing paths relative to it as `templates/<name>`.
    func load(_ folder: URL) -> (set: TemplateSet?, messages: [String]) {
        let (set, diagnostics) = TemplateSet.load(from: folder, displayPath: { $0.path })
        let messages = diagnostics.sorted().map {
            $0.description.replacingOccurrences(of: folder.path + "/", with: "templates/")
                .replacingOccurrences(of: folder.path + ":", with: "templates:")
        }
        return (set, messages)
    }

    func minimalFolder(omitting omitted: Set<String> = []) throws -> URL {
        let folder = try TestSupport.temporaryFolder("casebook-templates")
        try TestSupport.writeMinimalTemplates(in: folder, omitting: omitted)
        return folder
    }

    @Test("interface strings are rendered escaped, and an unknown one is a located error")
    func interfaceStringsInTemplates() throws {
        let folder = try minimalFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try TestSupport.write("{{< layout}}{{$content}}<p title=\"{{t.nav_home}}\">{{ t.nav_cases }}</p>\n{{t.nav_hme}}{{/content}}{{/layout}}\n",
            to: "home.mustache", in: folder)
        let (set, messages) = load(folder)
        #expect(set == nil)
        #expect(messages == ["templates/home.mustache:2:1: error: strings.yml has no string 'nav_hme'; did you mean 'nav_home'?"])
    }

    @Test("a complete minimal set loads without diagnostics")
    func minimalSetLoads() throws {
        let folder = try minimalFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (set, messages) = load(folder)
        #expect(messages == [])
        #expect(set != nil)
        #expect(set?.strings["nav_home"] == "nav_home")
    }

    @Test("the repository's templates load without diagnostics when they are complete")
    func repositoryTemplates() throws {
        let real = TestSupport.repository.appendingPathComponent("templates")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: real.path)) ?? []
        try #require(names.contains("strings.yml"), "templates/ is not written yet; nothing to check")
        let (set, messages) = load(real)
        #expect(messages == [])
        #expect(set != nil)
    }

    @Test("a template syntax error is reported with file, line and column")
    func syntaxError() throws {
        let folder = try minimalFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try TestSupport.write("<h1>{{page.title}}</h1>\n<ul>\n{{#defenders}}\n  <li>{{text}}</li>\n</ul>\n", to: "case.mustache", in: folder)
        let (set, messages) = load(folder)
        #expect(set == nil)
        #expect(messages == ["templates/case.mustache:3:1: error: template syntax error: section 'defenders' is not closed; add {{/defenders}}"])
    }

    @Test("a section closed under the wrong name is reported")
    func wrongSectionClose() throws {
        let folder = try minimalFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try TestSupport.write("{{#cases}}\n{{title}}\n{{/case}}\n", to: "home.mustache", in: folder)
        let (set, messages) = load(folder)
        #expect(set == nil)
        #expect(messages == [
            "templates/home.mustache:3:1: error: template syntax error: {{/case}} does not close the open section 'cases'; write {{/cases}}"
        ])
    }

    @Test("unescaped values are rejected unless their name ends in HTML")
    func unescapedValues() throws {
        let folder = try minimalFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try TestSupport.write(
            "<p>{{{summary}}}</p>\n{{{bodyHTML}}}\n  {{& title}}\n{{&textHTML}} {{{ page.descriptionHTML }}}\n{{summary}}\n",
            to: "case.mustache", in: folder)
        let (set, messages) = load(folder)
        #expect(set == nil)
        #expect(messages == [
            "templates/case.mustache:1:4: error: unescaped value 'summary'; only keys ending in 'HTML' may use {{{ }}} or {{& }}",
            "templates/case.mustache:3:3: error: unescaped value 'title'; only keys ending in 'HTML' may use {{{ }}} or {{& }}",
            "templates/case.mustache:4:1: error: 'CasePage' has no field 'textHTML'",
            "templates/case.mustache:4:15: error: 'PageView' has no field 'descriptionHTML'",
        ])
    }

    @Test("a partial that names no template is reported")
    func missingPartial() throws {
        let folder = try minimalFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try TestSupport.write("{{> header}}\n", to: "home.mustache", in: folder)
        try TestSupport.write("<header>{{site.title}}</header>\n  {{> nope}}\n", to: "header.mustache", in: folder)
        let (set, messages) = load(folder)
        #expect(set == nil)
        #expect(messages == ["templates/header.mustache:2:3: error: template refers to missing partial 'nope'"])
    }

    @Test("missing required templates are reported at the folder")
    func missingTemplates() throws {
        let folder = try minimalFolder(omitting: ["country", "404"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (set, messages) = load(folder)
        #expect(set == nil)
        #expect(messages == [
            "templates:1:1: error: missing template '404.mustache'",
            "templates:1:1: error: missing template 'country.mustache'",
        ])
    }

    @Test("a template folder that does not exist reports every template and strings.yml")
    func missingFolder() throws {
        let parent = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("absent")
        let (set, diagnostics) = TemplateSet.load(from: folder, displayPath: { $0.path })
        #expect(set == nil)
        #expect(diagnostics.filter { if case .missingTemplate = $0.message { true } else { false } }.count
            == TemplateSet.requiredTemplates.count)
        #expect(diagnostics.contains { $0.location.path == folder.appendingPathComponent("strings.yml").path })
    }

    @Test("strings.yml must hold every required key")
    func missingString() throws {
        let folder = try minimalFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try TestSupport.write(TestSupport.stringsYAML(omitting: ["nav_home", "status_closed"]), to: "strings.yml", in: folder)
        let (set, messages) = load(folder)
        #expect(set == nil)
        #expect(messages == [
            "templates/strings.yml:1:1: error: missing required key 'nav_home'",
            "templates/strings.yml:1:1: error: missing required key 'status_closed'",
        ])
    }

    @Test("strings.yml values must be strings; extra keys are allowed")
    func stringValues() throws {
        let folder = try minimalFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try TestSupport.write("extra_key: Extra\nmonth_1: [Jan]\n" + TestSupport.stringsYAML(omitting: ["month_1"]),
            to: "strings.yml", in: folder)
        let (set, messages) = load(folder)
        #expect(set == nil)
        #expect(messages.contains("templates/strings.yml:2:10: error: 'month_1' must be a string, found a list"))
        #expect(messages == ["templates/strings.yml:2:10: error: 'month_1' must be a string, found a list"])
    }

    @Test("the interface strings format dates and label vocabularies")
    func interfaceStrings() throws {
        let strings = InterfaceStrings(table: [
            "date_format": "{day} {month} {year}", "month_7": "July", "status_reply_awaited": "Reply awaited",
        ])
        #expect(strings.format(try #require(Day(iso: "2021-07-05"))) == "5 July 2021")
        #expect(strings.label("status", "reply-awaited") == LabelView(key: "reply-awaited", label: "Reply awaited"))
        #expect(strings["missing"] == "missing")
    }
}
