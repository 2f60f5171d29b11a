import CasebookKit
import Foundation

/// Shows a build's progress, stage by stage. On a terminal, each stage has one line, updated in place
/// with its count and percentage and collapsed to `✓ render (7012 pages) 0.42 s` when it ends (or
/// erased, for the preview's rebuilds); elsewhere each stage prints one plain line when it ends,
/// `render: 7012 pages, 0.42 s`.
final class ProgressDisplay: @unchecked Sendable {
    /// Whether lines are redrawn in place.
    let isTerminal: Bool
    /// Whether a finished stage's line stays on a terminal.
    private let keepsStages: Bool
    private let write: @Sendable (String) -> Void
    private let lock = NSLock()
    private var stage = "", unit: String?, done = 0
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

    private func text(for event: BuildProgress) -> String? {
        switch event {
        case .started(let stage, let unit):
            (self.stage, self.unit, done) = (stage, unit, 0)
            return isTerminal ? liveLine("… \(stage)") : nil
        case .advanced(let stage, let done, let total):
            guard isTerminal, stage == self.stage, done > self.done else { return nil }
            self.done = done
            return liveLine("… \(stage) \(done)/\(total) \(unit ?? "items") (\(done * 100 / max(total, 1))%)")
        case .finished(let stage, let count, let seconds):
            let items = count.map { "\($0) \(Self.unit(unit ?? "items", count: $0))" }
            let time = String(format: "%.2f s", seconds)
            guard isTerminal else { return "\(stage): \(items.map { "\($0), " } ?? "")\(time)\n" }
            lineOpen = false
            guard keepsStages else { return Self.clearLine }
            return Self.clearLine + "✓ \(stage) \(items.map { "(\($0)) " } ?? "")\(time)\n"
        }
    }

    private func liveLine(_ text: String) -> String {
        lineOpen = true
        return Self.clearLine + text
    }

    /// `files` for any count but one, `file` for one.
    private static func unit(_ plural: String, count: Int) -> String {
        count == 1 && plural.hasSuffix("s") ? String(plural.dropLast()) : plural
    }
}
