import Foundation
import Testing
@testable import CasebookKit

/// `casebook new`: skeletons whose placeholders `check` reports, one error each, until they are replaced.
@Suite("Scaffolding new content")
struct ScaffoldTests {
    /// A project with the shipped content and one new file of each kind, the document in the new case.
    static func project() throws -> (root: URL, files: [URL]) {
        let root = try TestSupport.temporaryFolder("casebook-scaffold")
        try FileManager.default.copyItem(at: TestSupport.repository.appendingPathComponent("content"), to: root.appendingPathComponent("content"))
        try FileManager.default.copyItem(at: TestSupport.repository.appendingPathComponent("casebook.yml"), to: root.appendingPathComponent("casebook.yml"))
        let content = root.appendingPathComponent("content")
        let files = try ContentSkeleton.Kind.allCases.map { kind in
            try ContentSkeleton(kind, slug: kind == .caseFile ? "new-case" : "new-\(kind.rawValue)", caseSlug: kind == .document ? "new-case" : nil)
                .write(into: content, displayPath: { $0.path })
        }
        return (root, files)
    }

    static func diagnostics(_ root: URL) -> [Diagnostic] {
        do {
            _ = try SiteBuilder(options: BuildOptions(root: root, templates: try TestSupport.validTemplates())).check()
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics
        } catch {
            return [.error(.outputFailed(reason: "\(error)"), at: SourceLocation(path: "?"))]
        }
    }

    @Test("check reports each placeholder at its line and column, and nothing else about the new files")
    func placeholdersAreErrors() throws {
        let (root, files) = try Self.project()
        let errors = Self.diagnostics(root).filter { $0.severity == .error }
        var expected: [String] = []
        for file in files {
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            for (number, line) in lines.enumerated() where !line.hasPrefix("#") {
                guard let range = line.range(of: Placeholder.marker) else { continue }
                expected.append("\(file.path):\(number + 1):\(line.distance(from: line.startIndex, to: range.lowerBound) + 1)")
            }
        }
        #expect(expected.count >= 15)
        #expect(errors.map { "\($0.location.path):\($0.location.line):\($0.location.column)" }.sorted() == expected.sorted())
        #expect(errors.allSatisfy { if case .placeholderLeft = $0.message { true } else { false } })
    }

    @Test("with its placeholders replaced and every optional key uncommented, each skeleton names only known keys")
    func everyKeyIsKnown() throws {
        let (root, files) = try Self.project()
        for file in files {
            var text = try String(contentsOf: file, encoding: .utf8)
            text = text.replacingOccurrences(of: #"(?m)^# ([a-z_]+:)"#, with: "$1", options: .regularExpression)
            text = text.replacingOccurrences(of: #"(?m)^#(   )"#, with: "$1", options: .regularExpression)
            text = text.replacingOccurrences(of: #""TODO:[^"]*""#, with: "x", options: .regularExpression)
            text = text.replacingOccurrences(of: "TODO:", with: "")
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        let diagnostics = Self.diagnostics(root)
        let unknown = diagnostics.filter { if case .unknownKey = $0.message { true } else { false } }
        #expect(unknown.isEmpty, "\(unknown.map(\.description))")
        // The keys were read: their stand-in values are reported as values.
        #expect(diagnostics.contains { if case .invalidDate = $0.message { true } else { false } })
    }

    @Test("new never overwrites, and a document needs its case")
    func refusals() throws {
        let (root, _) = try Self.project()
        let content = root.appendingPathComponent("content")
        let existing = content.appendingPathComponent("cases/new-case/index.md")
        let before = try Data(contentsOf: existing)
        #expect(throws: DiagnosticsError.self) { try ContentSkeleton(.caseFile, slug: "new-case").write(into: content, displayPath: { $0.path }) }
        #expect(try Data(contentsOf: existing) == before)
        do {
            _ = try ContentSkeleton(.document, slug: "x", caseSlug: "no-such-case").write(into: content, displayPath: { $0.path })
            Issue.record("a document was written without its case")
        } catch let error as DiagnosticsError {
            #expect(error.diagnostics.map(\.message) == [.scaffoldWithoutCase(folder: "no-such-case")])
        }
        #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent("cases/no-such-case").path))
    }
}
