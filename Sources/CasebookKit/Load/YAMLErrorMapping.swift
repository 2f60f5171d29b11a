import Yams

/// Turns Yams' errors into diagnostics at the right line of the content file.
enum YAMLErrorMapping {
    static func diagnostic(for error: YamlError, path: String, lineOffset: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(path: path, line: mark.line + lineOffset, column: max(1, mark.column))
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            if problem.contains("mapping values are not allowed") { return .error(.unquotedColon, at: at(mark)) }
            let reason = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return .error(.invalidYAML(reason: reason), at: at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error(.duplicateKey(duplicates.joined(separator: "', '")), at: at(context.mark))
        case .reader(let problem, _, _, _):
            return .error(.invalidYAML(reason: problem), at: SourceLocation(path: path, line: lineOffset + 1))
        default:
            return .error(.invalidYAML(reason: "\(error)"), at: SourceLocation(path: path, line: lineOffset + 1))
        }
    }
}
