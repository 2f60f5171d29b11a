import CasebookKit
import Foundation

extension BuildReport {
    /// The closing line of a build: pages, files, what was published when `counts` is set, time and
    /// warnings, e.g. `Built 23 pages (31 files) from 1 cases, … in 0.42 s; 0 warnings.`
    func summary(counts: Bool) -> String {
        let published = counts ? " from " + self.counts.map { "\($0.count) \($0.kind)" }.joined(separator: ", ") : ""
        return "Built \(pages) pages (\(files) files)\(published) in \(String(format: "%.2f", seconds)) s; \(warnings.count) warnings."
    }

    /// The time of each stage, e.g. `Stages: load 0.40 s, templates 0.02 s, …`.
    var stageLine: String {
        "Stages: " + stages.map { "\($0.name) \(String(format: "%.2f", $0.seconds)) s" }.joined(separator: ", ")
    }
}
