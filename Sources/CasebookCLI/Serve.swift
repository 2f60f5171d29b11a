import ArgumentParser
import CasebookKit
import CasebookServer
import Foundation

extension Casebook {
    /// `casebook serve`: a local preview that rebuilds on every change and reloads the browser.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Preview the site on 127.0.0.1, rebuilding it and reloading the browser on every change.",
            discussion: "The preview is built into <root>/.casebook-serve/, never into site/.")
        @OptionGroup var source: SourceOptions
        @Option(name: .long, help: "Port to listen on, on 127.0.0.1 only (0: any free port).")
        var port: UInt16 = 8080

        func run() throws {
            let interruption = Interruption()
            var options = source.buildOptions(output: PreviewServer.buildFolder(root: URL(fileURLWithPath: source.root)))
            let display = ProgressDisplay.standardError(keepsStages: false)
            if display.isTerminal { options.progress = display.show }
            let server: PreviewServer
            do {
                server = try PreviewServer(options: options, port: port) { event in
                    display.end()
                    Self.report(event)
                }
            } catch {
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
                throw ExitCode.failure
            }
            server.start()
            Self.say("Serving \(SourceLocation.displayPath(of: options.output)) at \(server.url) (Ctrl-C to stop)")
            interruption.wait()
            server.stop()
            Self.say("Stopped.")
        }

        /// Tells the person running the preview what happened.
        static func report(_ event: PreviewServer.Event) {
            switch event {
            case .rebuilding:
                say("Files changed; rebuilding.")
            case .built(let report):
                Terminal.print(report.warnings)
                say(report.stageLine)
                say(report.summary(counts: false))
            case .failed(let diagnostics):
                Terminal.printFailure(diagnostics, "still serving the last good build.")
            }
        }

        /// Prints a line on standard output at once, even into a pipe, so whoever runs the preview sees it.
        static func say(_ line: String) {
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
    }
}
