import CasebookKit
import Foundation

/// Shows a build's progress, stage by stage. On a terminal, the stages running (two languages' pages are
/// made side by side) share one line, updated in place with each one's count and percentage; a stage
/// that ends is collapsed to `✓ render (7012 pages) 0.42 s` (or erased, for the preview's rebuilds).
/// Elsewhere each stage prints one plain line when it ends, `render: 7012 pages, 0.42 s`.
final class ProgressDisplay: @unchecked Sendable {
    /// Whether lines are redrawn in place.
    let isTerminal: Bool
    /// Whether a finished stage's line stays on a terminal.
    private let keepsStages: Bool
    private let write: @Sendable (String) -> Void
    private let lock = NSLock()
    /// The stages started and not yet finished, in the order they started.
    private var running: [Running] = []
    /// Whether a stage's line is on screen, unfinished.
    private var lineOpen = false

    /// A display writing to `write`, with live lines when `isTerminal`.
    init(isTerminal: Bool, keepsStages: Bool = true, write: @escaping @Sendable (String) -> Void) {
        self.isTerminal = isTerminal
        self.keepsStages = keepsStages
        self.write = write
    }

    /// A display on standard error, live when standard error is a terminal that can redraw a line.
    static func standardError(keepsStages: Bool = true) -> ProgressDisplay {
        let isTerminal = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
        return ProgressDisplay(isTerminal: isTerminal, keepsStages: keepsStages) { FileHandle.standardError.write(Data($0.utf8)) }
    }

    /// Shows one event of the build.
    @Sendable func show(_ event: BuildProgress) {
        lock.withLock {
            if let text = text(for: event) { write(text) }
        }
    }

    /// Clears the line of a stage that never finished, before the build's errors are printed.
    func end() {
        lock.withLock {
            if lineOpen { write(Self.clearLine) }
            lineOpen = false
        }
    }

    /// Returns to the start of the line and erases it.
    static let clearLine = "\r\u{1B}[2K"

    /// A stage being shown: what it counts, and how far it is.
    private struct Running {
        let stage: String
        let unit: String?
        var done = 0, total: Int?
    }

    private func text(for event: BuildProgress) -> String? {
        switch event {
        case .started(let stage, let unit):
            running.append(Running(stage: stage, unit: unit))
            return isTerminal ? liveLine() : nil
        case .advanced(let stage, let done, let total):
            guard isTerminal, let at = running.firstIndex(where: { $0.stage == stage }), done > running[at].done else { return nil }
            (running[at].done, running[at].total) = (done, total)
            return liveLine()
        case .finished(let stage, let count, let seconds):
            let unit = running.firstIndex { $0.stage == stage }.flatMap { running.remove(at: $0).unit }
            let items = count.map { "\($0) \(Self.unit(unit ?? "items", count: $0))" }
            let time = String(format: "%.2f s", seconds)
            guard isTerminal else { return "\(stage): \(items.map { "\($0), " } ?? "")\(time)\n" }
            lineOpen = false
            let ended = keepsStages ? Self.clearLine + "✓ \(stage) \(items.map { "(\($0)) " } ?? "")\(time)\n" : Self.clearLine
            return running.isEmpty ? ended : ended + liveLine()
        }
    }

    /// The line of the stages running: `… render 812/4611 pages (17%) · render (ru) 790/4610 pages (17%)`.
    private func liveLine() -> String {
        lineOpen = true
        let stages = running.map { stage in
            guard let total = stage.total else { return stage.stage }
            return "\(stage.stage) \(stage.done)/\(total) \(stage.unit ?? "items") (\(stage.done * 100 / max(total, 1))%)"
        }
        return Self.clearLine + "… " + stages.joined(separator: " · ")
    }

    /// `files` for any count but one, `file` for one.
    private static func unit(_ plural: String, count: Int) -> String {
        count == 1 && plural.hasSuffix("s") ? String(plural.dropLast()) : plural
    }
}
