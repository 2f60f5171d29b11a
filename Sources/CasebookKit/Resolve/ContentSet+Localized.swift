extension ContentSet {
    /// The content as the pages of `language` show it: every text in that language where a translation
    /// gives it, else in its original language, which each text then names (a case's `language` is set,
    /// since the pages' own language is no longer the language of a text that does not say).
    func localized(to language: String) -> ContentSet {
        var content = self
        content.config = config.making(language)
        guard language != config.defaultLanguage else { return content }
        let original = config.defaultLanguage
        content.cases = cases.map { caseFile in
            guard caseFile.language == nil else { return caseFile }
            var shown = caseFile
            shown.language = original
            return shown
        }
        return content
    }
}
