import Foundation
import Testing
@testable import CasebookKit

/// `scripts/install`: puts a released binary on PATH only once it has run on this machine.
@Suite("Installing a release")
struct InstallScriptTests {
    static let script = TestSupport.repository.appendingPathComponent("scripts/install").path

    /// A stand-in for a released binary: prints a version, or fails as a binary missing a library would.
    static func binary(in folder: URL, runs: Bool) throws -> URL {
        let url = folder.appendingPathComponent("casebook")
        let body = runs ? "echo 0.9.0" : "echo 'error while loading shared libraries: libjemalloc.so.2' >&2; exit 127"
        try TestSupport.write("#!/bin/sh\n\(body)\n", to: "casebook", in: folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url
    }

    @Test("a binary or its archive is installed into <prefix>/bin and runs from there")
    func installs() throws {
        let folder = try TestSupport.temporaryFolder("casebook-install")
        let binary = try Self.binary(in: folder, runs: true)
        _ = try TestSupport.run(command: "tar", ["-czf", folder.appendingPathComponent("casebook.tar.gz").path, "-C", folder.path, "casebook"])
        for source in [binary.path, folder.appendingPathComponent("casebook.tar.gz").path] {
            let prefix = folder.appendingPathComponent("prefix-\(source.hasSuffix(".gz") ? "archive" : "binary")")
            let result = try TestSupport.run(command: "sh", [Self.script, source, "--prefix", prefix.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("installed casebook 0.9.0 at \(prefix.path)/bin/casebook"))
            #expect(try TestSupport.run(prefix.appendingPathComponent("bin/casebook"), ["--version"]).stdout == "0.9.0\n")
        }
    }

    @Test("a binary that does not run here is not installed, and a missing jemalloc is named")
    func refusesWhatDoesNotRun() throws {
        let folder = try TestSupport.temporaryFolder("casebook-install")
        let binary = try Self.binary(in: folder, runs: false)
        let prefix = folder.appendingPathComponent("prefix")
        let result = try TestSupport.run(command: "sh", [Self.script, binary.path, "--prefix", prefix.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("apt-get install libjemalloc2"))
        #expect(!FileManager.default.fileExists(atPath: prefix.appendingPathComponent("bin/casebook").path))
    }
}
