import ArgumentParser
import CasebookKit
import Foundation

/// The options naming what a run reads: the project's folders, the build's date and whether drafts
/// are previewed. Every subcommand takes them.
struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: "Project folder holding casebook.yml, content/ and templates/.")
    var root: String = "."
    @Option(name: .long, help: "Content folder (default: <root>/content).")
    var content: String?
    @Option(name: .long, help: "Templates folder (default: <root>/templates).")
    var templates: String?
    @Option(name: .long, help: "The build's date, YYYY-MM-DD, for embargoes (default: today, UTC).")
    var now: String?
    @Flag(name: .long, help: "Also publish drafts and embargoed content. For private previews only.")
    var drafts = false

    func validate() throws {
        if let now, Day(iso: now) == nil { throw ValidationError("--now must be a date written YYYY-MM-DD, found '\(now)'") }
    }

    /// Options for a build into `output` (default `<root>/site`); warns on standard error when drafts are included.
    func buildOptions(output: URL?) -> BuildOptions {
        func url(_ path: String?) -> URL? { path.map { URL(fileURLWithPath: $0) } }
        var options = BuildOptions(root: URL(fileURLWithPath: root), content: url(content), templates: url(templates), output: output)
        options.publication = Publication(now: now.flatMap(Day.init(iso:)) ?? Day.today(), includeDrafts: drafts)
        if drafts {
            FileHandle.standardError.write(Data("""
                warning: --drafts publishes drafts and content under embargo. This output is a PRIVATE PREVIEW:
                warning: do not upload it, share it or copy it to a public server.

                """.utf8))
        }
        return options
    }
}
