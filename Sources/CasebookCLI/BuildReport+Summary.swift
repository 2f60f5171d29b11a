import CasebookKit
import Foundation

extension BuildReport {
    /// The closing line of a build: pages, files, what was published when `counts` is set, time and
    /// warnings, e.g. `Built 23 pages (31 files) from 1 case, … in 0.42 s; 0 warnings.`
    func summary(counts: Bool) -> String {
        let published = counts ? " from " + self.counts.map { Self.counted($0.count, $0.kind) }.joined(separator: ", ") : ""
        let time = String(format: "%.2f", seconds)
        return "Built \(Self.counted(pages, "pages")) (\(Self.counted(files, "files")))\(published) in \(time) s; \(Self.counted(warnings.count, "warnings"))."
    }

    /// `count` things, the English plural `plural` made singular for one ("1 country", "2 countries").
    static func counted(_ count: Int, _ plural: String) -> String {
        guard count == 1 else { return "\(count) \(plural)" }
        return "1 " + (plural.hasSuffix("ies") ? plural.dropLast(3) + "y" : String(plural.dropLast()))
    }

    /// The time of each stage, e.g. `Stages: load 0.40 s, templates 0.02 s, …`.
    var stageLine: String {
        "Stages: " + stages.map { "\($0.name) \(String(format: "%.2f", $0.seconds)) s" }.joined(separator: ", ")
    }
}
