extension TemplateCompiler {
    /// `{{t.key}}`: the interface string, when no value in scope has a field `t`.
    func interfaceString(_ name: TemplateName, _ scope: Scope) -> String?? {
        guard !name.anchored, name.functions.isEmpty, name.path.first == "t", !scope.frames.contains(where: { Self.slot("t", in: $0) != nil })
        else { return nil }
        return .some(name.path.count == 2 ? strings[name.path[1]] : nil)
    }

    /// Reports an unknown `{{t.key}}`.
    mutating func reportString(_ name: TemplateName) {
        let key = name.path.dropFirst().joined(separator: ".")
        report(.unknownString(key, suggestion: NameSuggestion.nearest(to: key, in: strings.keys)), at: name.spot)
    }

    /// Where a name's value is found and its kind; nil, after reporting why, when it cannot be.
    mutating func resolve(_ name: TemplateName, _ scope: Scope) -> (TemplateProgram.Lookup, TemplateValueKind)? {
        let top = scope.frames.count - 1
        guard let first = name.path.first else { return (TemplateProgram.Lookup(places: [(top, [])]), scope.frames[top]) }
        var places: [(depth: Int, slots: [TemplateSlot])] = []
        var kind: TemplateValueKind?
        for depth in (name.anchored ? top...top : 0...top).reversed() {
            guard let slot = Self.slot(first, in: scope.frames[depth]) else { continue }
            guard let (rest, found) = follow(name, from: slot) else { return nil }
            if kind == nil { kind = found } else if found.description != kind?.description { break }
            places.append((depth, [slot] + rest))
            guard case .optional = slot.kind else { break }
        }
        guard let kind else {
            let view = scope.frames[name.anchored ? top : scope.frames.lastIndex { Self.fields(of: $0) != nil } ?? 0]
            let candidates = (name.anchored ? [view] : scope.frames).flatMap { Self.fields(of: $0) ?? [] }.map(\.name)
            report(.unknownField(view: view.description, field: first, suggestion: NameSuggestion.nearest(to: first, in: candidates)), at: name.spot)
            return nil
        }
        return (TemplateProgram.Lookup(places: places), kind)
    }

    /// The fields after the first of a dotted name, and the kind of the last: optional when any before it is.
    private mutating func follow(_ name: TemplateName, from first: TemplateSlot) -> ([TemplateSlot], TemplateValueKind)? {
        var slots: [TemplateSlot] = []
        var kind = first.kind
        var optional = false
        for field in name.path.dropFirst() {
            if case .optional(let wrapped) = kind { (kind, optional) = (wrapped, true) }
            guard let fields = Self.fields(of: kind) else {
                report(.notAView(name.path.prefix { $0 != field }.joined(separator: "."), kind: kind.description), at: name.spot)
                return nil
            }
            guard let slot = fields.first(where: { $0.name == field }) else {
                report(.unknownField(view: kind.description, field: field, suggestion: NameSuggestion.nearest(to: field, in: fields.map(\.name))), at: name.spot)
                return nil
            }
            slots.append(slot)
            kind = slot.kind
        }
        if optional, case .optional = kind {} else if optional { kind = .optional(kind) }
        return (slots, kind)
    }

    /// What a section does over a value of `kind`, and the scope of its body; nil, after reporting, when it cannot be a section.
    mutating func sectionKind(
        _ name: TemplateName, _ lookup: TemplateProgram.Lookup, _ kind: TemplateValueKind, _ inner: inout Scope, inverted: Bool
    ) -> TemplateProgram.Section? {
        inner.sequence = nil
        let list = lookup.places.first?.slots.last?.list
        var kind = kind
        // A missing value is a false section already: what matters is what the value is when present.
        switch kind {
        case .optional(.bool), .optional(.list), .optional(.int): kind = kind.wrapped
        default: break
        }
        if let function = name.functions.first {
            switch (function, kind, name.functions.count) {
            case ("empty", .list, 1) where list != nil: return .emptyList
            case ("empty", .text, 1): return .emptyText
            case ("equalzero", .int, 1): return .zero
            default:
                report(.unknownFunction(name.written, kind: kind.description), at: name.spot)
                return nil
            }
        }
        switch kind {
        case .bool: return .bool
        case .optional(let wrapped):
            if !inverted { inner.frames.append(wrapped) }
            return .optional
        case .list(let element):
            if !inverted {
                inner.frames.append(element)
                inner.sequence = inner.frames.count - 1
            }
            return list == nil ? nil : .list
        default:
            report(.notASection(name.written, kind: kind.description), at: name.spot)
            return nil
        }
    }

    static func fields(of kind: TemplateValueKind) -> [TemplateSlot]? {
        if case .view(let type) = kind { type.templateSlots } else { nil }
    }

    static func slot(_ name: String, in kind: TemplateValueKind) -> TemplateSlot? {
        fields(of: kind)?.first { $0.name == name }
    }
}
