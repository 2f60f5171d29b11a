import Foundation
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `casebook serve` as a process: it prints its address, serves its own build folder and stops on Ctrl-C.
@Suite("casebook serve")
struct ServeCommandTests {
    /// A running `casebook serve`, and the lines it printed so far.
    final class ServeProcess: @unchecked Sendable {
        let process = Process()
        private let lock = NSLock()
        private var printed = ""

        init(_ arguments: [String], in folder: URL) throws {
            try #require(FileManager.default.isExecutableFile(atPath: TestSupport.casebook.path), "casebook is not built")
            process.executableURL = TestSupport.casebook
            process.arguments = ["serve"] + arguments
            process.currentDirectoryURL = folder
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            output.fileHandleForReading.readabilityHandler = { [unowned self] handle in
                let data = handle.availableData
                lock.withLock { printed += String(decoding: data, as: UTF8.self) }
            }
            try process.run()
        }

        var output: String { lock.withLock { printed } }

        /// The first printed line containing `text`, waiting up to a minute for it.
        func line(containing text: String) -> String? {
            let deadline = Date(timeIntervalSinceNow: 60)
            while Date() < deadline {
                if let line = output.split(separator: "\n").first(where: { $0.contains(text) }) { return String(line) }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return nil
        }

        /// Waits up to `seconds` for the process to end; whether it did.
        func exits(within seconds: Double) -> Bool {
            let deadline = Date(timeIntervalSinceNow: seconds)
            while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            return !process.isRunning
        }
    }

    @Test("serve prints its address, serves .casebook-serve/site (marked, even if an older Casebook left it unmarked) with the reload script, refuses a busy port and stops on Ctrl-C")
    func serve() async throws {
        let fixture = try InvalidFixtureTests.fixture("valid", "base")
        let work = try TestSupport.temporaryFolder("casebook-serve")
        defer { try? FileManager.default.removeItem(at: work) }
        let root = work.appendingPathComponent("project")
        try FileManager.default.copyItem(at: fixture, to: root)
        let templates = try TestSupport.validTemplates().path
        try TestSupport.write("from an older Casebook\n", to: ".casebook-serve/site/stale.html", in: root)

        let server = try ServeProcess(["--templates", templates, "--port", "0"], in: root)
        defer { if server.process.isRunning { server.process.terminate() } }
        let serving = try #require(server.line(containing: "Serving "), "printed: \(server.output)")
        let address = try #require(serving.firstMatch(of: /http:\/\/127\.0\.0\.1:(\d+)\//), "\(serving)")
        #expect(serving == "Serving .casebook-serve/site at \(address.0) (Ctrl-C to stop)")

        let (data, response) = try await URLSession.shared.data(from: URL(string: String(address.0))!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: data, as: UTF8.self).contains(#"<script src="/__casebook/reload.js" defer></script>"#))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(".casebook-serve/site/index.html").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site").path), "never the user's site/")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(".casebook-serve/site/.casebook-site").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent(".casebook-serve/site/stale.html").path))

        let busy = try ServeProcess(["--templates", templates, "--port", String(address.1)], in: root)
        #expect(busy.exits(within: 60))
        #expect(busy.process.terminationStatus != 0)
        #expect(busy.output.contains("error: cannot listen on 127.0.0.1:\(String(address.1)): Address already in use"), "\(busy.output)")

        kill(server.process.processIdentifier, SIGINT)
        #expect(server.exits(within: 20), "still running after Ctrl-C")
        #expect(server.process.terminationStatus == 0)
        #expect(server.output.hasSuffix("Stopped.\n"), "\(server.output)")
    }
}
