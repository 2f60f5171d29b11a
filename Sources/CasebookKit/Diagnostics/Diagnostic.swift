/// One problem found in the input, reported like a compiler: `path:line:column: error: message`.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    /// Whether the build fails because of it.
    public var severity: Severity
    /// Where the problem is.
    public var location: SourceLocation
    /// What the problem is.
    public var message: DiagnosticMessage

    /// Creates an error-level diagnostic.
    public static func error(_ message: DiagnosticMessage, at location: SourceLocation) -> Diagnostic {
        Diagnostic(severity: .error, location: location, message: message)
    }

    /// Creates a warning-level diagnostic.
    public static func warning(_ message: DiagnosticMessage, at location: SourceLocation) -> Diagnostic {
        Diagnostic(severity: .warning, location: location, message: message)
    }

    /// The printed line; values quoted from content are escaped like paths, so a diagnostic is always one line.
    public var description: String { "\(location): \(severity.rawValue): \(VisibleText.escaped(message.text, backslashes: false))" }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.message.text) < (rhs.location, rhs.message.text)
    }
}

/// Thrown when a run found at least one error; carries every diagnostic of the run.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    /// All diagnostics of the run, errors and warnings, sorted by location.
    public var diagnostics: [Diagnostic]

    /// Wraps a run's diagnostics, sorting them by location.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }

    /// Only the errors.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension Array where Element == Diagnostic {
    /// Whether any element is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }
}
extension Diagnostic: Error {}
