/// Compiles a page template for one view type into a `TemplateProgram`: partials and parents are
/// inlined, every name is resolved against the view types it can reach, and every problem is a
/// located diagnostic.
struct TemplateCompiler {
    /// What a tag at some point of a template sees.
    struct Scope {
        /// The kinds of the values on the context stack, the page first.
        var frames: [TemplateValueKind]
        /// The frame that is a list item whose `first()` and `last()` can be asked, if any.
        var sequence: Int?
        /// The blocks the parents being rendered fill in.
        var blocks: [String: [TemplateNode]] = [:]
        /// Prefixed to each line of an indented partial, as swift-mustache did.
        var indentation = ""
        /// The partials and parents being inlined: one that includes itself is reported by `PartialCycles`.
        var including: [String] = []
    }

    let templates: [String: [TemplateNode]]
    let strings: [String: String]
    private(set) var program = TemplateProgram()
    private(set) var diagnostics: [Diagnostic] = []
    /// Instructions before this index belong to a finished section: text is not merged into them.
    private var sealed = 0

    /// The program rendering template `name` for views of `root`, with its diagnostics.
    static func compile(
        _ name: String, for root: any TemplateView.Type, templates: [String: [TemplateNode]], strings: [String: String]
    ) -> (TemplateProgram, [Diagnostic]) {
        var compiler = TemplateCompiler(templates: templates, strings: strings)
        compiler.compile(templates[name] ?? [], Scope(frames: [.view(root)], including: [name]))
        compiler.program.assemble()
        return (compiler.program, compiler.diagnostics)
    }

    private mutating func emit(_ instruction: TemplateProgram.Instruction) {
        if case .text(let bytes) = instruction, program.instructions.count > sealed, case .text(let previous)? = program.instructions.last {
            program.instructions[program.instructions.count - 1] = .text(previous + bytes)
        } else {
            program.instructions.append(instruction)
        }
    }

    mutating func report(_ message: DiagnosticMessage, at spot: TemplateSpot) {
        diagnostics.append(.error(message, at: spot.location))
    }

    mutating func compile(_ nodes: [TemplateNode], _ scope: Scope) {
        // swift-mustache indents, in an indented partial, each piece that renders something after a line break.
        let indented = !scope.indentation.isEmpty
        if indented { program.instructions.append(.bodyStart) }
        for node in nodes {
            if indented { program.instructions.append(.pieceStart) }
            switch node {
            case .text(let text):
                emit(.text(Array(text.utf8)))
            case .variable(let name, let escaped): variable(name, escaped: escaped, scope)
            case .section(let name, let inverted, let body): section(name, inverted: inverted, body: body, scope)
            case .partial(let name, let indentation, _):
                guard !scope.including.contains(name) else { break }
                var inner = scope
                (inner.sequence, inner.indentation, inner.including) = (nil, scope.indentation + (indentation ?? ""), scope.including + [name])
                compile(templates[name] ?? [], inner)
            case .parent(let name, let indentation, let blocks, _):
                guard !scope.including.contains(name) else { break }
                var inner = scope
                inner.blocks = scope.blocks.merging(blocks) { outer, _ in outer }
                (inner.sequence, inner.indentation, inner.including) = (nil, scope.indentation + indentation, scope.including + [name])
                compile(templates[name] ?? [], inner)
            case .block(let name, let indentation, let body):
                var inner = scope
                (inner.sequence, inner.indentation) = (nil, scope.indentation + indentation)
                compile(scope.blocks[name] ?? body, inner)
            }
            if indented { program.instructions.append(.pieceEnd(indentation: Array(scope.indentation.utf8))) }
        }
        if indented { program.instructions.append(.bodyEnd) }
    }

    private mutating func variable(_ name: TemplateName, escaped: Bool, _ scope: Scope) {
        if !escaped, !name.bare.hasSuffix("HTML") {
            return report(.unsafeTemplateValue(name.written), at: name.spot)
        }
        if let string = interfaceString(name, scope) {
            guard let string else { return reportString(name) }
            return emit(.text(Array(Escaping.html(string).utf8)))
        }
        guard let (lookup, kind) = resolve(name, scope) else { return }
        if !name.functions.isEmpty {
            return report(.functionNotPrintable(name.written), at: name.spot)
        }
        var leaf = kind
        if case .optional(let wrapped) = kind { leaf = wrapped }
        switch leaf {
        case .text where !escaped: report(.unsafeTemplateValue(name.written), at: name.spot)
        case .text, .html: emit(.print(lookup, .text, escaped: escaped))
        case .int: emit(.print(lookup, .int, escaped: escaped))
        case .bool: emit(.print(lookup, .bool, escaped: escaped))
        default:
            let field = Self.fields(of: leaf)?.first?.name
            report(.notPrintable(name.written, kind: kind.description, field: field), at: name.spot)
        }
    }

    private mutating func section(_ name: TemplateName, inverted: Bool, body: [TemplateNode], _ scope: Scope) {
        var inner = scope
        let start = program.instructions.count
        if let function = name.functions.first, function == "first" || function == "last", name.bare.isEmpty, name.functions.count == 1 {
            guard let depth = scope.sequence else {
                // Outside a list's items swift-mustache finds no position: the section is false.
                if inverted { compile(body, scope) }
                return
            }
            program.instructions.append(.position(last: function == "last", depth: depth, inverted: inverted, end: 0))
        } else {
            guard let (lookup, kind) = resolve(name, scope), let section = sectionKind(name, lookup, kind, &inner, inverted: inverted) else { return }
            program.instructions.append(.section(lookup, section, inverted: inverted, end: 0))
        }
        compile(body, inner)
        let end = program.instructions.count
        switch program.instructions[start] {
        case .section(let lookup, let section, let inverted, _): program.instructions[start] = .section(lookup, section, inverted: inverted, end: end)
        case .position(let last, let depth, let inverted, _): program.instructions[start] = .position(last: last, depth: depth, inverted: inverted, end: end)
        default: break
        }
        sealed = end
    }
}
