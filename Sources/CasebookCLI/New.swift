import ArgumentParser
import CasebookKit
import Foundation

extension ContentSkeleton.Kind: ExpressibleByArgument {}

extension Casebook {
    /// `casebook new`: writes a commented skeleton of a content file.
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a new content file with every key, its required values as TODO placeholders.",
            discussion: """
                casebook new case <slug>
                casebook new document <case> <slug>
                casebook new defender|organization|mandate|instrument <slug>
                'check' reports each TODO left until it is replaced. An existing file is never overwritten.
                """)

        @Argument(help: "What to create: \(ContentSkeleton.Kind.allCases.map(\.rawValue).joined(separator: ", ")).")
        var kind: ContentSkeleton.Kind
        @Argument(help: "The new file's slug; for a document, the case's slug and then the document's.")
        var slugs: [String]
        @Option(name: .long, help: "Project folder holding content/.")
        var root: String = "."
        @Option(name: .long, help: "Content folder (default: <root>/content).")
        var content: String?

        func validate() throws {
            let expected = kind == .document ? 2 : 1
            guard slugs.count == expected else {
                throw ValidationError(kind == .document ? "give the case's slug, then the document's" : "give one slug")
            }
        }

        func run() throws {
            let skeleton = ContentSkeleton(kind, slug: slugs[slugs.count - 1], caseSlug: kind == .document ? slugs[0] : nil)
            let folder = content.map { URL(fileURLWithPath: $0) } ?? URL(fileURLWithPath: root).appendingPathComponent("content")
            do {
                let file = try skeleton.write(into: folder, displayPath: SourceLocation.displayPath(of:))
                print("Wrote \(SourceLocation.displayPath(of: file)): replace each TODO, then run 'casebook check'.")
            } catch let error as DiagnosticsError {
                Terminal.printFailure(error.diagnostics, "nothing was written.")
                throw ExitCode.failure
            }
        }
    }
}
