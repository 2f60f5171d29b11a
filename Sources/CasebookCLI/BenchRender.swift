import ArgumentParser
import CasebookKit
import Foundation

extension Casebook {
    /// `casebook bench-render`: times rendering single pages (hidden; for `benchmarks/engine`).
    struct BenchRender: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bench-render", abstract: "Time rendering single pages.", shouldDisplay: false)
        @OptionGroup var source: SourceOptions
        @Option(help: "A page's site-relative path, e.g. cases/<slug>/ (repeatable).") var page: [String] = []
        @Option(help: "Renderings per round.") var times = 2000
        @Option(help: "Rounds; the median round is printed.") var rounds = 5

        func run() throws {
            let bench: RenderBenchmark
            do {
                bench = try RenderBenchmark(options: source.buildOptions(output: nil))
            } catch let error as DiagnosticsError {
                Terminal.printFailure(error.diagnostics, "nothing was timed.")
                throw ExitCode.failure
            }
            for path in page {
                guard let result = bench.time(path, times: times, rounds: rounds) else {
                    throw ValidationError("no page at '\(path)'; pages: \(bench.paths.prefix(20).joined(separator: " "))…")
                }
                print("\(result.path)\t\(Int(result.nanoseconds.rounded())) ns/page\t\(result.bytes) bytes")
            }
        }
    }
}
