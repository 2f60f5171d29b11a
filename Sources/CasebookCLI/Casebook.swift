import ArgumentParser
import CasebookKit
import Foundation

/// The `casebook` command: builds and checks case sites.
@main
struct Casebook: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Publish case pages about human rights defenders at risk as a static site.",
        subcommands: [Build.self, Check.self],
        defaultSubcommand: Build.self)
}

/// The folders every subcommand accepts.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: "Project folder holding casebook.yml, content/ and templates/.")
    var root: String = "."
    @Option(name: .long, help: "Content folder (default: <root>/content).")
    var content: String?
    @Option(name: .long, help: "Templates folder (default: <root>/templates).")
    var templates: String?
    @Option(name: [.short, .long], help: "Output folder (default: <root>/site).")
    var output: String?
    @Option(name: .long, help: "The build's date, YYYY-MM-DD, for embargoes (default: today, UTC).")
    var now: String?
    @Flag(name: .long, help: "Also publish drafts and embargoed content. For private previews only.")
    var drafts = false

    func validate() throws {
        if let now, Day(iso: now) == nil { throw ValidationError("--now must be a date written YYYY-MM-DD, found '\(now)'") }
    }

    var buildOptions: BuildOptions {
        func url(_ path: String?) -> URL? { path.map { URL(fileURLWithPath: $0) } }
        var options = BuildOptions(root: URL(fileURLWithPath: root), content: url(content), templates: url(templates), output: url(output))
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

extension Casebook {
    /// `casebook build`: writes the site.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Build the site into the output folder.")
        @OptionGroup var project: ProjectOptions

        func run() throws {
            let report = try Terminal.reporting { try SiteBuilder(options: project.buildOptions).build() }
            Terminal.print(report.warnings)
            print(report.citations.summary)
            for line in report.citations.details.dropFirst() where line.contains("no page") { print(line) }
            let counts = report.counts.map { "\($0.count) \($0.kind)" }.joined(separator: ", ")
            let stages = report.stages.map { "\($0.name) \(String(format: "%.2f", $0.seconds)) s" }.joined(separator: ", ")
            print("Stages: \(stages)")
            print("Built \(report.pages) pages (\(report.files) files) from \(counts) in \(String(format: "%.2f", report.seconds)) s; \(report.warnings.count) warnings.")
        }
    }

    /// `casebook check`: validates without writing.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check content and templates without writing the site.")
        @OptionGroup var project: ProjectOptions

        func run() throws {
            let result = try Terminal.reporting { try SiteBuilder(options: project.buildOptions).check() }
            Terminal.print(result.warnings)
            CitationReport(result.linked).details.forEach { print($0) }
            print("No errors: \(result.files.count) pages would be written; \(result.warnings.count) warnings.")
        }
    }
}

/// Prints diagnostics to standard error and turns them into a failing exit status.
enum Terminal {
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DiagnosticsError {
            print(error.diagnostics)
            let count = error.errors.count
            FileHandle.standardError.write(Data("\(count) error\(count == 1 ? "" : "s"); the previous site was left as it was.\n".utf8))
            throw ExitCode.failure
        }
    }

    static func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        FileHandle.standardError.write(Data((diagnostics.map(\.description).joined(separator: "\n") + "\n").utf8))
    }
}
