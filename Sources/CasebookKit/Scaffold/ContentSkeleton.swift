import Foundation

/// A new content file with every key of its kind, as `casebook new` writes it: required values are
/// `TODO:` placeholders that `check` reports until they are replaced, optional keys are commented out.
public struct ContentSkeleton: Sendable {
    /// What the file describes.
    public enum Kind: String, CaseIterable, Sendable {
        case caseFile = "case", document, defender, organization, mandate, instrument
    }

    public let kind: Kind
    public let slug: String
    /// For a document: the slug of the case folder it goes in.
    public let caseSlug: String?

    /// A skeleton of `kind` named `slug` (and, for a document, in the folder of case `caseSlug`).
    public init(_ kind: Kind, slug: String, caseSlug: String? = nil) {
        (self.kind, self.slug, self.caseSlug) = (kind, slug, caseSlug)
    }

    /// The file's path under the content folder.
    public var path: String {
        switch kind {
        case .caseFile: "cases/\(slug)/index.md"
        case .document: "cases/\(caseSlug ?? "")/\(slug).md"
        default: "\(kind.rawValue)s/\(slug).md"
        }
    }

    /// Writes the file under `content`, creating its folders; never overwrites. Errors are located at the path.
    public func write(into content: URL, displayPath: (URL) -> String) throws -> URL {
        let file = content.appendingPathComponent(path)
        let location = SourceLocation(path: displayPath(file))
        var errors: [Diagnostic] = []
        if !Slug.isValid(slug) { errors.append(.error(.invalidSlug(slug), at: location)) }
        if let caseSlug {
            if !Slug.isValid(caseSlug) { errors.append(.error(.invalidSlug(caseSlug), at: location)) }
            let index = content.appendingPathComponent("cases/\(caseSlug)/index.md")
            if !FileManager.default.fileExists(atPath: index.path) { errors.append(.error(.scaffoldWithoutCase(folder: caseSlug), at: location)) }
        }
        if FileManager.default.fileExists(atPath: file.path) { errors.append(.error(.scaffoldExists, at: location)) }
        guard errors.isEmpty else { throw DiagnosticsError(errors) }
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            // Created exclusively: a file made meanwhile by someone else is not replaced either.
            try Data(text.utf8).write(to: file, options: .withoutOverwriting)
        } catch let error as DiagnosticsError {
            throw error
        } catch {
            throw DiagnosticsError([.error(.outputFailed(reason: error.localizedDescription), at: location)])
        }
        return file
    }
}
