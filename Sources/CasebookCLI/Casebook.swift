import ArgumentParser
import CasebookKit
import Foundation

/// The `casebook` command: builds and checks case sites.
@main
struct Casebook: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Publish case pages about human rights defenders at risk as a static site.",
        version: CasebookVersion.current,
        subcommands: [Build.self, Check.self, Serve.self, New.self, BenchRender.self],
        defaultSubcommand: Build.self)
}

/// The options of the subcommands that write or check a site: what they read, and the output folder.
struct ProjectOptions: ParsableArguments {
    @OptionGroup var source: SourceOptions
    @Option(name: [.short, .long], help: "Output folder (default: <root>/site): missing, empty or made by Casebook, which replaces it whole.")
    var output: String?
    @Option(name: .customLong("base-url"), help: "The site's public address, overriding base_url of casebook.yml (e.g. for a preview).")
    var baseURL: String?

    func validate() throws {
        guard let baseURL else { return }
        guard let url = URL(string: baseURL), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil else {
            throw ValidationError("--base-url must be an http or https address, found '\(baseURL)'")
        }
    }

    var buildOptions: BuildOptions {
        var options = source.buildOptions(output: output.map { URL(fileURLWithPath: $0) })
        options.baseURL = baseURL
        return options
    }
}

extension Casebook {
    /// `casebook build`: writes the site.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Build the site into the output folder.")
        @OptionGroup var project: ProjectOptions

        func run() throws {
            let report = try Terminal.building(project.buildOptions, failure: "the previous site was left as it was.") { try $0.build() }
            Terminal.print(report.warnings)
            print(report.citations.summary)
            (report.citations.symbolLines + report.citations.unresolvedLines).forEach { print($0) }
            print(report.stageLine)
            print(report.summary(counts: true))
        }
    }

    /// `casebook check`: validates without writing.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check content and templates without writing the site.")
        @OptionGroup var project: ProjectOptions

        func run() throws {
            let result = try Terminal.building(project.buildOptions, failure: "nothing was written.") { try $0.check() }
            Terminal.print(result.warnings)
            CitationReport(result.linked).details.forEach { print($0) }
            print("No errors: \(BuildReport.counted(result.pages, "pages")) (\(BuildReport.counted(result.outputFiles, "files"))) would be written; \(BuildReport.counted(result.warnings.count, "warnings")).")
        }
    }
}

/// Prints diagnostics to standard error and turns them into a failing exit status.
enum Terminal {
    /// Runs `body` with a builder whose progress shows on standard error, then reports its diagnostics,
    /// saying `failure` of what a failed run did to the output.
    static func building<T>(_ options: BuildOptions, failure: String, _ body: (SiteBuilder) throws -> T) throws -> T {
        let display = ProgressDisplay.standardError()
        var options = options
        options.progress = display.show
        do {
            defer { display.end() }
            return try body(SiteBuilder(options: options))
        } catch let error as DiagnosticsError {
            printFailure(error.diagnostics, failure)
            throw ExitCode.failure
        }
    }

    /// Prints a failed build's diagnostics, then its number of errors and `consequence`.
    static func printFailure(_ diagnostics: [Diagnostic], _ consequence: String) {
        print(diagnostics)
        let count = diagnostics.filter { $0.severity == .error }.count
        FileHandle.standardError.write(Data("\(count) error\(count == 1 ? "" : "s"); \(consequence)\n".utf8))
    }

    static func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        FileHandle.standardError.write(Data((diagnostics.map(\.description).joined(separator: "\n") + "\n").utf8))
    }
}
