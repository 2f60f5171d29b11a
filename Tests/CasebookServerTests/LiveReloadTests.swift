import CasebookKit
import Foundation
import Testing
@testable import CasebookServer

/// Editing content while a preview runs: rebuilds, reload events, and the error overlay of a failed build.
@Suite("preview server: rebuilds")
struct LiveReloadTests {
    static let casePath = "content/cases/shymkent-2021/index.md"
    static let casePage = "/cases/shymkent-2021/"
    static let summaryLine = #"summary: "Gulzada Serzhan was held for eight hours after a meeting on women's rights.""#

    @Test("a change rebuilds and reloads; a broken file shows its diagnostics over the last good page; a fix removes them")
    func editBreakFix() throws {
        let preview = try PreviewFixture()
        defer { preview.stop() }
        var events = try TestConnection(port: preview.port)
        defer { events.close() }
        events.request("GET", "/__casebook/events")
        let eventHead = try events.text(until: { !Self.tags(in: $0).isEmpty && $0.hasSuffix("\n\n") }, seconds: 20)
        #expect(eventHead.contains("Content-Type: text/event-stream"))
        let firstTag = try #require(Self.tags(in: eventHead).last)

        try preview.edit(Self.casePath) { $0.replacingOccurrences(of: "Arrest of Gulzada Serzhan", with: "Detention of Gulzada Serzhan") }
        let changed = try preview.fetch(Self.casePage) { $0.body.contains("Detention of Gulzada Serzhan") }
        #expect(changed != nil, "the page did not change after the rebuild")
        let afterEdit = try events.text(until: { !Self.tags(in: $0).isEmpty }, seconds: 20)
        #expect(Self.tags(in: afterEdit).allSatisfy { $0 != firstTag }, "a build event names the new build")

        try preview.edit(Self.casePath) { $0.replacingOccurrences(of: Self.summaryLine, with: "summary: Detained: eight hours <b>after</b> a meeting.") }
        let path = CasebookKit.SourceLocation.displayPath(of: preview.root.appendingPathComponent(Self.casePath))
        let diagnostic = "<li><code>\(Escaping.html(path)):3:18: error: \(Escaping.html(DiagnosticMessage.unquotedColon.text))</code></li>"
        let broken = try #require(try preview.fetch(Self.casePage) { $0.body.contains("casebook-overlay") })
        #expect(broken.status == 200)
        #expect(broken.body.contains(diagnostic), "\(broken.body)")
        #expect(broken.body.contains("Detention of Gulzada Serzhan"), "the last good page is still served")
        #expect(broken.body.range(of: "casebook-overlay")!.lowerBound < broken.body.range(of: "<main")!.lowerBound, "at the top")
        #expect(try preview.fetch("/no-such-page/").body.contains(diagnostic), "the 404 page shows it too")
        #expect(!(try preview.fetch("/assets/style.css").body.contains("casebook-overlay")))
        let failed = preview.events.all.contains { if case .failed(let found) = $0 { found.map(\.description) == ["\(path):3:18: error: \(DiagnosticMessage.unquotedColon.text)"] } else { false } }
        #expect(failed)

        try preview.edit(Self.casePath) { $0.replacingOccurrences(of: "summary: Detained: eight hours <b>after</b> a meeting.", with: Self.summaryLine) }
        let fixed = try preview.fetch(Self.casePage) { !$0.body.contains("casebook-overlay") }
        #expect(fixed?.body.contains("Detention of Gulzada Serzhan") == true)
        #expect(fixed?.body.contains(PageInjection.scriptTag) == true)
    }

    @Test("when the first build fails there is no site yet: every page is the overlay, with status 503")
    func firstBuildFails() throws {
        let preview = try PreviewFixture("invalid/invalid-yaml")
        defer { preview.stop() }
        let response = try preview.fetch("/")
        #expect(response.status == 503)
        #expect(response.body.contains(":3:18: error: \(Escaping.html(DiagnosticMessage.unquotedColon.text))</code></li>"))
        #expect(response.body.contains(PageInjection.scriptTag))
    }

    @Test("the reload script and the overlay's stylesheet are served from the preview's own origin")
    func previewAssets() throws {
        let preview = try PreviewFixture()
        defer { preview.stop() }
        let script = try preview.fetch("/__casebook/reload.js")
        #expect(script.status == 200)
        #expect(script.headers["content-type"] == "text/javascript; charset=utf-8")
        #expect(script.body.contains("new EventSource(\"/__casebook/events\")"))
        #expect(script.body.contains("location.reload()"))
        let served = try #require(Self.tags(in: try Self.events(preview)).first)
        #expect(script.body.contains(#"var loaded = "\#(served)";"#), "names the build it was served with")
        let style = try preview.fetch("/__casebook/overlay.css")
        #expect(style.headers["content-type"] == "text/css; charset=utf-8")
        #expect(style.body.contains("#casebook-overlay"))
    }

    /// The head of the event stream and its first event.
    static func events(_ preview: PreviewFixture) throws -> String {
        var events = try TestConnection(port: preview.port)
        defer { events.close() }
        events.request("GET", "/__casebook/events")
        return try events.text(until: { !tags(in: $0).isEmpty && $0.hasSuffix("\n\n") }, seconds: 20)
    }

    /// The `data:` of every `build` event in an event stream.
    static func tags(in stream: String) -> [String] {
        stream.components(separatedBy: "event: build\ndata: ").dropFirst().compactMap { $0.components(separatedBy: "\n").first }
    }
}
