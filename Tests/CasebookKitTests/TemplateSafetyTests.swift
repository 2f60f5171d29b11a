import Foundation
import Testing
@testable import CasebookKit

/// Templates cannot pull files in through symbolic links, and a partial that includes itself is an error
/// when the templates are loaded, not a crash when a page is rendered.
@Suite("Template safety")
struct TemplateSafetyTests {
    static let link = "error: symbolic link in the templates folder; it is not read or copied: put the file itself there"

    /// A minimal template set in a fresh folder, with `extra` files (name → text) written over it.
    static func folder(_ extra: [String: String] = [:]) throws -> URL {
        let folder = try TestSupport.temporaryFolder("casebook-templates")
        try TestSupport.writeMinimalTemplates(in: folder)
        for (name, text) in extra { try TestSupport.write(text, to: name, in: folder) }
        return folder
    }

    @Test("every symbolic link under templates/ is an error at its path, and nothing is read through it")
    func links() throws {
        let folder = try Self.folder()
        let outside = try TestSupport.temporaryFolder("casebook-outside")
        defer { for url in [folder, outside] { try? FileManager.default.removeItem(at: url) } }
        try TestSupport.write("sentinel-outside {{page.title}}\n", to: "secret.mustache", in: outside)
        try TestSupport.write("{{< layout}}{{$content}}{{/content}}{{/layout}}\n", to: "inside.mustache", in: folder)
        let manager = FileManager.default
        let links = [
            ("home.mustache", outside.appendingPathComponent("secret.mustache").path),
            ("strings.yml", "/etc/hostname"),
            ("cases.mustache", "inside.mustache"),
            ("assets/passwd", "/etc/passwd"),
            ("assets/.hidden", "../inside.mustache"),
            ("assets/folder", outside.path),
        ]
        try manager.createDirectory(at: folder.appendingPathComponent("assets"), withIntermediateDirectories: true)
        for (name, target) in links {
            try? manager.removeItem(atPath: folder.appendingPathComponent(name).path)
            try manager.createSymbolicLink(atPath: folder.appendingPathComponent(name).path, withDestinationPath: target)
        }
        let (set, messages) = TemplateSetTests().load(folder)
        #expect(set == nil)
        #expect(messages == [
            "templates/assets/.hidden:1:1: " + Self.link,
            "templates/assets/folder:1:1: " + Self.link,
            "templates/assets/passwd:1:1: " + Self.link,
            "templates/cases.mustache:1:1: " + Self.link,
            "templates/home.mustache:1:1: " + Self.link,
            "templates/strings.yml:1:1: " + Self.link,
        ])
    }

    @Test("a build with a linked asset fails before anything is written")
    func linkedAssetIsNotPublished() throws {
        let project = try FileSystemSafetyTests.copyOfBase()
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        let templates = project.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: TestSupport.validTemplates(), to: templates)
        try FileManager.default.createSymbolicLink(
            atPath: templates.appendingPathComponent("assets/hosts.css").path, withDestinationPath: "/etc/hosts")
        let output = project.appendingPathComponent("site")
        let error = try #require(throws: DiagnosticsError.self) {
            try SiteBuilder(options: BuildOptions(root: project, templates: templates, output: output)).build()
        }
        #expect(error.diagnostics.map { $0.description.replacingOccurrences(of: project.path + "/", with: "") }
            == ["templates/assets/hosts.css:1:1: " + Self.link])
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("a partial or parent that includes itself, directly or through others, is an error at the tag that starts the cycle",
        arguments: [
            (["self.mustache": "a\n  {{> self}}\n"], ["templates/self.mustache:2:3: error: partial 'self' includes itself (self → self)"]),
            (["x.mustache": "{{#items}}{{> y}}{{/items}}\n", "y.mustache": "<li>{{> z}}</li>\n", "z.mustache": "{{> x}}\n"],
                ["templates/x.mustache:1:11: error: partial 'x' includes itself (x → y → z → x)"]),
            (["p.mustache": "{{< q}}{{/q}}\n", "q.mustache": "{{$b}}{{/b}}{{< p}}{{/p}}\n"],
                ["templates/p.mustache:1:1: error: partial 'p' includes itself (p → q → p)"]),
            (["a.mustache": "{{> b}} {{> a}}\n", "b.mustache": "{{> a}}\n"], [
                "templates/a.mustache:1:1: error: partial 'a' includes itself (a → b → a)",
                "templates/a.mustache:1:9: error: partial 'a' includes itself (a → a)",
            ]),
        ])
    func cycles(files: [String: String], expected: [String]) throws {
        let folder = try Self.folder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (set, messages) = TemplateSetTests().load(folder)
        #expect(set == nil)
        #expect(messages == expected.map { $0 + "; rendering it would never end" })
    }

    @Test("partials shared by many templates, without a cycle, load")
    func sharedPartials() throws {
        let folder = try Self.folder([
            "a.mustache": "{{> c}}{{> b}}\n", "b.mustache": "{{> c}}{{> d}}\n", "c.mustache": "{{> d}}\n", "d.mustache": "d\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (set, messages) = TemplateSetTests().load(folder)
        #expect(messages == [])
        #expect(set != nil)
    }
}
