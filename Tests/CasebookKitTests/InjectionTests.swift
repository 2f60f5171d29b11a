import Foundation
import Testing
@testable import CasebookKit

/// XSS payloads in every front-matter text field and body, built and loaded in headless Chromium:
/// no payload may run or make the page request anything outside the site.
@Suite("Injection in a real browser", .serialized)
struct InjectionTests {
    /// Payloads that, if they ran or loaded, would request the canary at `canary`.
    static func payloads(_ canary: String) -> [String] {
        [
            "<script>fetch('\(canary)/script')</script>", "\"><img src=\(canary)/img onerror=\"fetch('\(canary)/onerror')\">",
            "'><svg onload=fetch('\(canary)/svg')>", "</title><script src=\(canary)/title.js></script>",
            "<iframe src=\(canary)/iframe></iframe>", "javascript:fetch('\(canary)/js')", "{{{bodyHTML}}}{{#t}}{{/t}}",
            "<style>@import '\(canary)/css';</style>", "<link rel=stylesheet href=\(canary)/link.css>",
            "<meta http-equiv=refresh content=\"0;url=\(canary)/refresh\">", "<base href=\(canary)/base/>",
            "<object data=\(canary)/object></object>", "\u{2028}</script><script>fetch('\(canary)/ls')</script>",
        ]
    }

    /// A YAML string holding `text` exactly (JSON strings are YAML).
    static func yaml(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }

    /// The raw HTML sanitiser's payloads, made to request the canary if they ran or loaded.
    static func rawHTMLPayloads(_ canary: String) -> [String] {
        let host = canary.replacingOccurrences(of: "http://", with: "")
        return RawHTMLSanitizerTests.payloads.map {
            $0.replacingOccurrences(of: "alert(1)", with: "fetch('\(canary)/raw')").replacingOccurrences(of: "evil.example", with: host)
        }
    }

    static func writeProject(at root: URL, canary: String, rawHTML: Bool = false) throws {
        let p = payloads(canary)
        let all = p.map(yaml).joined(separator: ", ")
        let body = (p + (rawHTML ? rawHTMLPayloads(canary) : [])).joined(separator: "\n\n")
            + "\n\n![a map](\(canary)/md-image) [a link](javascript:fetch('\(canary)/md-js'))\n"
            + "<img src=\(canary)/raw-image>\n\narticle 19 of the ICCPR \(p[0])\n"
        let files: [String: String] = [
            "casebook.yml": "title: \(yaml(p[0]))\ndescription: \(yaml(p[1]))\nraw_html: \(rawHTML)\n",
            "content/cases/x/index.md": """
                ---
                title: \(yaml(p[0] + p[3]))
                summary: \(yaml(p[1]))
                country: KAZ
                place: \(yaml(p[2]))
                date: 2021-05-29
                status: ongoing
                defenders: [d]
                organizations: [o]
                mandates: [m]
                violations: [\(all)]
                actions: [\(all)]
                authorities:
                  - {name: \(yaml(p[0])), role: \(yaml(p[1])), email: \(yaml("a@example.org\" onmouseover=\"fetch('\(canary)/mail')")), twitter: \(yaml(p[2]))}
                timeline:
                  - {date: 2021-05-29, event: \(yaml(p[4]))}
                related:
                  - {reference: \(yaml(p[5])), note: \(yaml(p[6]))}
                ---
                \(body)
                """,
            "content/cases/x/doc.md": """
                ---
                title: \(yaml(p[7]))
                kind: urgent-appeal
                issuer: \(yaml(p[8]))
                reference: \(yaml(p[9]))
                date: 2021-06-01
                language: \(yaml("en\" onload=\"x"))
                signatories:
                  - {name: \(yaml(p[10])), role: \(yaml(p[11]))}
                ---
                \(body)
                """,
            "content/defenders/d.md": "---\nname: \(yaml(p[12]))\nvariants: [\(all)]\nfocus: [\(all)]\n---\n\(body)",
            "content/organizations/o.md": "---\nname: \(yaml(p[3]))\nshort_name: \(yaml(p[4]))\n---\n\(body)",
            "content/mandates/m.md": "---\nname: \(yaml(p[5]))\nshort_name: \(yaml(p[6]))\nestablished_by: \(yaml(p[0]))\n---\n\(body)",
            "content/instruments/iccpr.md": "---\ntitle: \(yaml(p[1]))\nshort_names: [ICCPR]\nkind: treaty\narticles:\n  - {number: \"19\", title: \(yaml(p[2]))}\n---\n\(body)",
        ]
        for (path, text) in files { try TestSupport.write(text, to: path, in: root) }
    }

    /// A local HTTP server that only records what asks it for anything.
    final class Canary {
        let process = Process()
        let errors = Pipe()
        let url: String

        init() throws {
            let folder = try TestSupport.temporaryFolder("casebook-canary")
            let output = Pipe()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", folder.path]
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            var line = ""
            while !line.contains("port ") {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                line += String(decoding: chunk, as: UTF8.self)
            }
            let port = line.split(separator: " ").drop { $0 != "port" }.dropFirst().first.map(String.init) ?? "0"
            url = "http://127.0.0.1:\(port)"
        }

        /// Stops the server and returns the requests it received.
        func stop() -> [String] {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            return log.split(separator: "\n").filter { $0.contains("\"GET") || $0.contains("\"POST") }.map(String.init)
        }
    }

    @Test("no payload runs or requests anything, and every page stays on its own origin, with raw HTML off and on",
          arguments: [false, true])
    func payloadsInEveryField(rawHTML: Bool) throws {
        let canary = try Canary()
        let root = try TestSupport.temporaryFolder("casebook-xss")
        try Self.writeProject(at: root, canary: canary.url, rawHTML: rawHTML)
        let output = root.appendingPathComponent("site")
        _ = try SiteBuilder(options: BuildOptions(root: root, templates: TestSupport.validTemplates(), output: output)).build()
        let site = try SiteFiles(output)
        #expect(site.page("cases/x/index.html")?.contains("&lt;script&gt;fetch(") == true, "the payloads reach the page as text")
        let harness = TestSupport.repository.appendingPathComponent("Tests/Browser/load-pages.py")
        let loaded = try TestSupport.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", harness.path, output.path] + site.pages)
        let requests = canary.stop()
        #expect(loaded.status == 0, "\(loaded.stdout)\(loaded.stderr)")
        #expect(loaded.stderr.contains("loaded \(site.pages.count) pages"), "\(loaded.stderr)")
        #expect(requests == [], "the canary was asked for: \(requests)")
    }

    @Test("a file name cannot carry a payload into a URL or a path")
    func fileNames() throws {
        let root = try TestSupport.temporaryFolder("casebook-xss-name")
        try FileManager.default.copyItem(
            at: TestSupport.repository.appendingPathComponent("Tests/CasebookKitTests/Fixtures/valid/base/content"),
            to: root.appendingPathComponent("content"))
        try TestSupport.write("---\nname: X\n---\n", to: "content/defenders/<script>alert(1)<%2Fscript>.md", in: root)
        let error = try #require(throws: DiagnosticsError.self) {
            try SiteBuilder(options: BuildOptions(root: root, templates: TestSupport.validTemplates())).check()
        }
        #expect(error.diagnostics.map(\.message) == [.invalidSlug("<script>alert(1)<%2Fscript>")])
    }
}
