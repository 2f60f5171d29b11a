import CYaml

/// Finds the anchors (`&name`) and aliases (`*name`) of a YAML text, each at the line and column it is written.
///
/// Yams resolves an alias to the node its anchor names and keeps no trace of where the alias stood, so a
/// value anchored inside `private:` and aliased in a public field would be published. Casebook files have
/// no use for them: every one is an error. The text is read with libyaml's event parser, the one Yams
/// builds on, so `Q&A` in a title, `5 * 3` in a note or a `*` inside quotes are not taken for them.
enum YAMLAnchors {
    /// A diagnostic for every anchor and alias in `yaml`, whose first line is line `lineOffset + 1` of `path`.
    /// Reading stops at a syntax error, which Yams reports.
    static func diagnostics(in yaml: String, path: String, lineOffset: Int) -> [Diagnostic] {
        guard ByteSearch.contains("&", in: yaml) || ByteSearch.contains("*", in: yaml) else { return [] }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return [] }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(yaml.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var diagnostics: [Diagnostic] = []
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                let done = event.type == YAML_STREAM_END_EVENT
                if let found = found(in: event) {
                    let location = SourceLocation(
                        path: path, line: Int(event.start_mark.line) + 1 + lineOffset, column: Int(event.start_mark.column) + 1)
                    diagnostics.append(.error(found, at: location))
                }
                yaml_event_delete(&event)
                if done { break }
            }
            return diagnostics
        }
    }

    private static func found(in event: yaml_event_t) -> DiagnosticMessage? {
        switch event.type {
        case YAML_ALIAS_EVENT: name(event.data.alias.anchor).map(DiagnosticMessage.yamlAlias)
        case YAML_SCALAR_EVENT: name(event.data.scalar.anchor).map(DiagnosticMessage.yamlAnchor)
        case YAML_SEQUENCE_START_EVENT: name(event.data.sequence_start.anchor).map(DiagnosticMessage.yamlAnchor)
        case YAML_MAPPING_START_EVENT: name(event.data.mapping_start.anchor).map(DiagnosticMessage.yamlAnchor)
        default: nil
        }
    }

    private static func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        anchor.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }
}
