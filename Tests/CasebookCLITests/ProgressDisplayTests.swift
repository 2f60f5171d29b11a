import CasebookKit
import Foundation
import Testing
@testable import CasebookCLI

/// The progress display, written to a fake terminal.
@Suite("progress display")
struct ProgressDisplayTests {
    /// Collects what the display writes.
    final class FakeTerminal: @unchecked Sendable {
        private let lock = NSLock()
        private var writes: [String] = []
        func write(_ text: String) { lock.withLock { writes.append(text) } }
        var output: [String] { lock.withLock { writes } }
    }

    static let clear = "\r\u{1B}[2K"

    static let stages: [BuildProgress] = [
        .started(stage: "load", unit: "files"),
        .advanced(stage: "load", done: 1, total: 4), .advanced(stage: "load", done: 3, total: 4),
        .advanced(stage: "load", done: 2, total: 4), .advanced(stage: "load", done: 4, total: 4),
        .finished(stage: "load", count: 4, seconds: 0.8149),
        .started(stage: "templates", unit: nil), .finished(stage: "templates", count: nil, seconds: 0.02),
        .started(stage: "render", unit: "pages"), .advanced(stage: "render", done: 1, total: 1),
        .finished(stage: "render", count: 1, seconds: 0.421),
    ]

    @Test("on a terminal each stage redraws one line with its count and percentage, then collapses it")
    func terminal() {
        let terminal = FakeTerminal()
        let display = ProgressDisplay(isTerminal: true, write: terminal.write)
        Self.stages.forEach(display.show)
        display.end()
        #expect(terminal.output == [
            "\(Self.clear)… load",
            "\(Self.clear)… load 1/4 files (25%)",
            "\(Self.clear)… load 3/4 files (75%)",
            "\(Self.clear)… load 4/4 files (100%)",
            "\(Self.clear)✓ load (4 files) 0.81 s\n",
            "\(Self.clear)… templates",
            "\(Self.clear)✓ templates 0.02 s\n",
            "\(Self.clear)… render",
            "\(Self.clear)… render 1/1 pages (100%)",
            "\(Self.clear)✓ render (1 page) 0.42 s\n",
        ], "a late, smaller count is not drawn; a finished line is not cleared")
    }

    @Test("stages running side by side share the line, and each ends with its own count and unit")
    func sideBySide() {
        let terminal = FakeTerminal()
        let display = ProgressDisplay(isTerminal: true, write: terminal.write)
        let events: [BuildProgress] = [
            .started(stage: "render", unit: "pages"), .started(stage: "render (ru)", unit: "pages"),
            .advanced(stage: "render (ru)", done: 1, total: 4), .advanced(stage: "render", done: 2, total: 4),
            .finished(stage: "render", count: 4, seconds: 0.5), .started(stage: "search", unit: "documents"),
            .advanced(stage: "render (ru)", done: 4, total: 4), .finished(stage: "render (ru)", count: 4, seconds: 0.6),
            .finished(stage: "search", count: 1, seconds: 0.2),
        ]
        events.forEach(display.show)
        display.end()
        #expect(terminal.output == [
            "\(Self.clear)… render",
            "\(Self.clear)… render · render (ru)",
            "\(Self.clear)… render · render (ru) 1/4 pages (25%)",
            "\(Self.clear)… render 2/4 pages (50%) · render (ru) 1/4 pages (25%)",
            "\(Self.clear)✓ render (4 pages) 0.50 s\n\(Self.clear)… render (ru) 1/4 pages (25%)",
            "\(Self.clear)… render (ru) 1/4 pages (25%) · search",
            "\(Self.clear)… render (ru) 4/4 pages (100%) · search",
            "\(Self.clear)✓ render (ru) (4 pages) 0.60 s\n\(Self.clear)… search",
            "\(Self.clear)✓ search (1 document) 0.20 s\n",
        ])
    }

    @Test("a stage that never finishes has its line cleared before the errors are printed")
    func unfinished() {
        let terminal = FakeTerminal()
        let display = ProgressDisplay(isTerminal: true, write: terminal.write)
        display.show(.started(stage: "write", unit: "files"))
        display.end()
        #expect(terminal.output == ["\(Self.clear)… write", Self.clear])
    }

    @Test("the preview's display erases each finished stage instead of keeping it")
    func transient() {
        let terminal = FakeTerminal()
        let display = ProgressDisplay(isTerminal: true, keepsStages: false, write: terminal.write)
        display.show(.started(stage: "render", unit: "pages"))
        display.show(.finished(stage: "render", count: 3, seconds: 0.1))
        display.end()
        #expect(terminal.output == ["\(Self.clear)… render", Self.clear])
    }

    @Test("elsewhere each stage prints one plain line when it ends")
    func plain() {
        let terminal = FakeTerminal()
        let display = ProgressDisplay(isTerminal: false, write: terminal.write)
        Self.stages.forEach(display.show)
        display.end()
        #expect(terminal.output == ["load: 4 files, 0.81 s\n", "templates: 0.02 s\n", "render: 1 page, 0.42 s\n"])
    }
}
