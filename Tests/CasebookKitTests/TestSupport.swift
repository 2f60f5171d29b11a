import Foundation
@testable import CasebookKit

/// `Testing` has a `SourceLocation` too; in these tests the name means Casebook's.
typealias SourceLocation = CasebookKit.SourceLocation

/// Folders and files shared by the tests that touch the file system.
enum TestSupport {
    /// The repository root: this file is `<repo>/Tests/CasebookKitTests/TestSupport.swift`.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A new empty folder in this run's folder under the system's temporary folder.
    static func temporaryFolder(_ label: String = "casebook-tests") throws -> URL {
        let url = runFolder.appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.standardizedFileURL
    }

    /// The folder every test's folders are made in, removed with them when the test process exits: a run
    /// makes thousands, some of them whole sites of hundreds of megabytes.
    private static let runFolder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-test-run-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { removeRunFolder() }
        return url
    }()

    /// Removes the run's folder, its read-only folders (made by tests of unwritable outputs) made writable first.
    private static func removeRunFolder() {
        let manager = FileManager.default
        if let walker = manager.enumerator(atPath: runFolder.path) {
            // Folders only, never through a link: a test's link may point anywhere.
            for case let path as String in walker where walker.fileAttributes?[.type] as? FileAttributeType == .typeDirectory {
                try? manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: runFolder.appendingPathComponent(path).path)
            }
        }
        try? manager.removeItem(at: runFolder)
    }

    /// Writes `text` to `name` under `folder`, creating intermediate folders.
    static func write(_ text: String, to name: String, in folder: URL) throws {
        try write(Data(text.utf8), to: name, in: folder)
    }

    static func write(_ data: Data, to name: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Marks `folder` as an output folder a Casebook build made, so a build may replace it.
    static func markAsSite(_ folder: URL) throws {
        try write(SiteMarker.text, to: SiteMarker.name, in: folder)
    }

    /// A `strings.yml` holding every key the code needs, one per line in `requiredKeys` order.
    static func stringsYAML(omitting omitted: Set<String> = []) -> String {
        // English counts in two forms: each plural family the code needs has its `_one` beside `_other`.
        let keys = InterfaceStrings.requiredKeys + InterfaceStrings.pluralFamilies.map { $0 + "_one" }
        return keys.filter { !omitted.contains($0) }
            .map { $0 == "date_format" ? "date_format: \"{day} {month} {year}\"" : "\($0): \"\($0)\"" }
            .joined(separator: "\n") + "\n"
    }

    /// Writes the smallest valid template set: every required template and a complete `strings.yml`.
    static func writeMinimalTemplates(in folder: URL, omitting omitted: Set<String> = []) throws {
        for name in TemplateSet.requiredTemplates where !omitted.contains(name) {
            let text = name == "layout"
                ? "<!doctype html>\n<title>{{page.title}}</title>\n{{$content}}{{/content}}\n"
                : "{{< layout}}{{$content}}<h1>{{page.title}}</h1>{{/content}}{{/layout}}\n"
            try write(text, to: "\(name).mustache", in: folder)
        }
        try write(stringsYAML(), to: "strings.yml", in: folder)
    }

    /// The repository's `templates/`, which the fixture sites are built with.
    static func validTemplates() throws -> URL { repository.appendingPathComponent("templates") }

    /// What a finished process printed and how it exited.
    struct ProcessResult {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `executable` in `folder` (so paths it prints are relative to it) and waits for it.
    static func run(_ executable: URL, _ arguments: [String], in folder: URL? = nil) throws -> ProcessResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessResult(
            status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self))
    }

    /// Runs a command found on the PATH.
    static func run(command: String, _ arguments: [String]) throws -> ProcessResult {
        try run(URL(fileURLWithPath: "/usr/bin/env"), [command] + arguments)
    }

    /// The `casebook` executable built beside the tests (`swift build --build-tests` builds both).
    static let casebook = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("casebook")
}
