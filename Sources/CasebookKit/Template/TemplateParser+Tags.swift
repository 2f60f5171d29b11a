extension TemplateParser {
    /// Reads nodes until the end of the text, or of the section `state` is in.
    mutating func parse(_ initial: State) throws(Failure) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var state = initial
        var before = ""  // spaces and tabs that started the line, not yet written
        func flush() {
            if !before.isEmpty { nodes.append(.text(before)) }
            before = ""
        }
        while !atEnd {
            if state.newLine {
                let white = skip { $0 == " " || $0 == "\t" }
                if state.inParent, !state.parentTopLevel {
                    if let indent = state.parentIndent { before = String(white.dropFirst(indent.count)) } else { state.parentIndent = white }
                } else {
                    before = String(white)
                }
            }
            let text = readText(state)
            if current.isNewline, !atEnd {
                nodes.append(.text(before + text + String(current)))
                state.newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(before + text))
                before = ""
                state.newLine = false
            }
            if atEnd { break }
            let tagStart = position - state.open.count
            let spot = self.spot(at: tagStart)
            var newLine = false
            switch current {
            case "#", "^":
                let inverted = current == "^"
                position += 1
                let name = try readName(state, spot: spot)
                if standalone(state) { newLine = true } else { flush() }
                let body = try parse(state.entering(name.bare, name.functions, at: spot, newLine: newLine))
                nodes.append(.section(name, inverted: inverted, body: body))
            case "/":
                position += 1
                let name = try readName(state, spot: spot)
                guard let section = state.section else { throw failure(.unopenedSectionClose(name.written), at: tagStart) }
                guard name.bare == section.name, name.functions == section.functions else {
                    throw failure(.mismatchedSectionClose(opened: section.name, closed: name.written), at: tagStart)
                }
                if !standalone(state) { flush() }
                return nodes
            case "!":
                position += 1
                try readComment(state, from: tagStart)
                newLine = standalone(state)
            case "{", "&":
                flush()
                let triple = current == "{"
                position += 1
                let name = try readName(state, spot: spot)
                if triple {
                    guard current == "}" else { throw failure(.unfinishedTag, at: tagStart) }
                    position += 1
                }
                nodes.append(.variable(name, escaped: false))
            case ">":
                position += 1
                let name = try readPartialName(state, from: tagStart)
                let white = before
                flush()
                let indentation: String? = standalone(state) ? white : nil
                newLine = indentation != nil
                nodes.append(.partial(name, indentation: indentation, at: spot))
            case "<":
                position += 1
                let name = try readPartialName(state, from: tagStart)
                let indentation = before
                flush()
                newLine = standalone(state)
                var inner = state.entering(name, at: spot, newLine: true)
                (inner.inParent, inner.parentTopLevel, inner.newLine) = (true, true, true)
                var blocks: [String: [TemplateNode]] = [:]
                for node in try parse(inner) {
                    switch node {
                    case .block(let block, _, let body): blocks[block] = body
                    case .text: break
                    default: throw failure(.tagInsideParent(name), at: tagStart)
                    }
                }
                nodes.append(.parent(name, indentation: indentation, blocks: blocks, at: spot))
            case "$":
                position += 1
                let name = try readName(state, spot: spot)
                guard name.functions.isEmpty else { throw failure(.unfinishedTag, at: tagStart) }
                let indentation = before
                if !state.parentTopLevel { flush() }
                newLine = standalone(state)
                let body = try parse(state.entering(name.bare, at: spot, newLine: newLine))
                nodes.append(.block(name.bare, indentation: state.parentTopLevel ? "" : indentation, body: body))
            case "=":
                position += 1
                state = try readDelimiters(state, from: tagStart)
                newLine = standalone(state)
            case "%":
                throw failure(.unsupportedTag("%"), at: tagStart)
            default:
                flush()
                nodes.append(.variable(try readName(state, spot: spot), escaped: true))
            }
            state.newLine = newLine
        }
        if let section = state.section { throw Failure(message: .unclosedSection(section.name), spot: section.spot) }
        return nodes
    }
}
