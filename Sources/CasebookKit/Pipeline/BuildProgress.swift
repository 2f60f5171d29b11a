/// One step of a build's progress, reported to `BuildOptions.progress` while the stages run.
///
/// Events of one stage arrive in order on the building thread, except `advanced`, which the
/// stage's worker threads report and which may arrive out of order.
public enum BuildProgress: Sendable, Hashable {
    /// A stage began; `unit` names what it counts (`files`, `pages`), `nil` for stages that count nothing.
    case started(stage: String, unit: String?)
    /// A stage has handled `done` of the `total` items it knows of so far.
    case advanced(stage: String, done: Int, total: Int)
    /// A stage ended after handling `count` items (`nil` when it counts nothing) in `seconds`.
    case finished(stage: String, count: Int?, seconds: Double)

    /// What each stage counts: the items it hands to its worker threads.
    static func unit(of stage: String) -> String? {
        units[stage.split(separator: " ").first.map(String.init) ?? stage]
    }

    static let units = [
        "load": "files", "link": "texts", "render": "pages", "search": "documents", "exports": "cases", "write": "files",
    ]
}
