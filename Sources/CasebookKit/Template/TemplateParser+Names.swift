extension TemplateParser {
    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let partialCharacters = nameCharacters.union("()/")

    /// The name of a tag and its closing delimiter: `title`, `page.title`, `.`, `empty(list)`, `last()`.
    mutating func readName(_ state: State, spot: TemplateSpot) throws(Failure) -> TemplateName {
        skip(while: \.isWhitespace)
        let text = String(skip { Self.nameCharacters.contains($0) || $0 == "(" || $0 == ")" })
        skip(while: \.isWhitespace)
        guard read(state.close) else { throw Failure(message: .unfinishedTag, spot: spot) }
        var functions: [String] = []
        var bare = Substring(text)
        while let open = bare.firstIndex(of: "(") {
            functions.append(String(bare[..<open]))
            bare = bare[bare.index(after: open)...]
        }
        guard bare.firstIndex(of: ")") == nil || bare.drop(while: { $0 != ")" }).allSatisfy({ $0 == ")" }),
            bare.filter({ $0 == ")" }).count == functions.count
        else { throw Failure(message: .unfinishedTag, spot: spot) }
        bare = bare.prefix { $0 != ")" }
        let anchored = bare.first == "."
        let path = bare == "." ? [] : bare.split(separator: ".", omittingEmptySubsequences: true).map(String.init)
        return TemplateName(written: text, bare: String(bare), path: path, anchored: anchored, functions: functions, spot: spot)
    }

    /// The template named by `{{> name}}` or `{{< name}}`, and the closing delimiter.
    mutating func readPartialName(_ state: State, from tagStart: Int) throws(Failure) -> String {
        skip(while: \.isWhitespace)
        if current == "*" { throw failure(.unsupportedTag("*"), at: tagStart) }
        let name = String(skip { Self.partialCharacters.contains($0) })
        skip(while: \.isWhitespace)
        guard read(state.close) else { throw failure(.unfinishedTag, at: tagStart) }
        return name
    }

    /// Skips a comment up to and with its closing delimiter.
    mutating func readComment(_ state: State, from tagStart: Int) throws(Failure) {
        while !atEnd {
            if read(state.close) { return }
            position += 1
        }
        throw failure(.unfinishedTag, at: tagStart)
    }

    /// `{{=<% %>=}}`: the state with the new delimiters.
    mutating func readDelimiters(_ state: State, from tagStart: Int) throws(Failure) -> State {
        skip(while: \.isWhitespace)
        let open = skip { !$0.isWhitespace }
        skip(while: \.isWhitespace)
        let close = skip { $0 != "=" && !$0.isWhitespace }
        skip(while: \.isWhitespace)
        guard !open.isEmpty, !close.isEmpty, current == "=" else { throw failure(.invalidDelimiters, at: tagStart) }
        position += 1
        guard read(state.close) else { throw failure(.invalidDelimiters, at: tagStart) }
        var state = state
        (state.open, state.close, state.parentTopLevel) = (open, close, false)
        return state
    }
}
