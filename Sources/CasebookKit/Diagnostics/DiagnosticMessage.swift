/// Every message Casebook can report; the wording lives here and nowhere else.
public enum DiagnosticMessage: Sendable, Hashable {
    case unreadableFile(reason: String)
    case changedDuringBuild
    case notUTF8
    case missingFrontMatter
    case unterminatedFrontMatter
    case invalidYAML(reason: String)
    case unquotedColon
    case frontMatterNotMapping
    case duplicateKey(String)
    case yamlAnchor(String)
    case yamlAlias(String)
    case unknownKey(String, suggestion: String?)
    case missingKey(String)
    case wrongType(key: String, expected: String, found: String)
    case emptyValue(key: String)
    case invalidDate(key: String, value: String, suggestion: String? = nil)
    case emptyFlag(key: String)
    case notAFlag(key: String, found: String, quoted: Bool)
    case emptyDate(key: String)
    case emptyChoice(key: String, allowed: [String])
    case invalidChoice(key: String, value: String, allowed: [String], suggestion: String?)
    case invalidSlug(String)
    case reservedCaseSlug(String)
    case invalidURL(key: String, value: String)
    case unknownCountry(String, suggestion: String?)
    case duplicateSlug(kind: String, slug: String, first: SourceLocation)
    case unresolvedReference(kind: String, slug: String, suggestion: String?)
    case unexpectedFile(expected: String)
    case documentWithoutCase(folder: String)
    case missingContentFolder(String)
    case templateSyntax(reason: String)
    case unclosedSection(String)
    case unopenedSectionClose(String)
    case mismatchedSectionClose(opened: String, closed: String)
    case unfinishedTag
    case invalidDelimiters
    case unsupportedTag(String)
    case tagInsideParent(String)
    case unknownField(view: String, field: String, suggestion: String?)
    case unknownString(String, suggestion: String?)
    case notAView(String, kind: String)
    case notPrintable(String, kind: String, field: String?)
    case notASection(String, kind: String)
    case unknownFunction(String, kind: String)
    case functionNotPrintable(String)
    case missingTemplate(String)
    case missingPartial(String)
    case partialCycle([String])
    case templateLink
    case unsafeTemplateValue(String)
    case outputFailed(reason: String)
    case outputHoldsSources(String)
    case outputIsFile
    case outputIsLink(target: String)
    case outputNotMadeByCasebook(marker: String)
    case folderLeftBehind(reason: String)
    case unknownInstrument(MissingInstrument, article: String?, paragraph: String?)
    case unterminatedPrivatePassage
    case malformedPrivateMarker(String)
    case nestedPrivatePassage(openedOnLine: Int)
    case unopenedPrivatePassageClose
    case linkLeavesContent
    case protectedName(name: String, defender: String, visibility: String)
    case noBaseURL
    case protectedNameInPath(defender: String, visibility: String)
    case privateValueInPublicText(declared: SourceLocation)
    case protectedNameInOutput(defender: String, visibility: String)
    case privateValueInOutput(declared: SourceLocation)
    case protectedNameTooShort(name: String, defender: String)
    case protectedPartTooShort(part: String, defender: String)
    case aliasRevealsName(alias: String, defender: String)
    case allowanceRevealsName(phrase: String, defender: String)
    case protectedPartInPublicName(part: String, defender: String, publicName: String)
    case placeholderLeft(String)
    case scaffoldExists
    case scaffoldWithoutCase(folder: String)
    case languageAndLanguages
    case translationOfNothing(String)
    case translatedCount(key: String, original: Int, translated: Int)
    case translatedItemMismatch(key: String, field: String, original: String?, written: String)
    case notTranslatable(String, original: String)
    case untranslatedField(String, original: String)
    case untranslatedBody(original: String)
    case bodyOfNothing(original: String)
    case translationWithoutOriginal(String)
    case translationLanguageNotInSite(String, languages: [String])
    case translationInOriginalLanguage(String)
    case protectedNameTranslated(visibility: String)
    case missingString(String, language: String, reference: String)
    case missingStringsFile(language: String, file: String)
    case missingPluralForm(String, language: String, forms: [String])
    case unusedPluralForm(String, language: String, forms: [String])
    case noPluralRules(language: String, known: [String])
    case invalidLanguageTag(String)
    case duplicateLanguage(String)

    /// The human-readable message.
    public var text: String {
        switch self {
        case .unreadableFile(let reason): "cannot read file: \(reason)"
        case .changedDuringBuild: "the file changed while the site was being built; build again"
        case .notUTF8: "file is not valid UTF-8 text"
        case .missingFrontMatter: "file must start with a '---' line opening a YAML front-matter block"
        case .unterminatedFrontMatter: "front matter is not closed by a '---' line"
        case .invalidYAML(let reason): "invalid YAML: \(reason)"
        case .unquotedColon:
            "a value that holds ': ' must be put in quotes, e.g. title: \"Detention: the trial\" (YAML reads an unquoted ': ' as the start of a key)"
        case .frontMatterNotMapping: "front matter must be a mapping of keys to values"
        case .duplicateKey(let key): "duplicate key '\(key)'"
        case .yamlAnchor(let name): "YAML anchor '&\(name)' is not allowed" + Self.anchorReason
        case .yamlAlias(let name): "YAML alias '*\(name)' is not allowed" + Self.anchorReason
        case .unknownKey(let key, let suggestion): "unknown key '\(key)'" + Self.hint(suggestion)
        case .missingKey(let key): "missing required key '\(key)'"
        case .wrongType(let key, let expected, let found): "'\(key)' must be \(expected), found \(found)"
        case .emptyValue(let key): "'\(key)' must not be empty"
        case .invalidDate(let key, let value, let suggestion):
            "'\(key)' must be a date written YYYY-MM-DD, found '\(value)'" + Self.hint(suggestion)
        case .emptyFlag(let key): "'\(key)' has no value; write true or false, or remove the key"
        case .notAFlag(let key, let found, let quoted):
            quoted ? "'\(key)' must be true or false without quotes, found \"\(found)\"" : "'\(key)' must be true or false, found '\(found)'"
        case .emptyDate(let key): "'\(key)' has no value; write a date YYYY-MM-DD, or remove the key"
        case .emptyChoice(let key, let allowed): "'\(key)' has no value; write one of: \(allowed.joined(separator: ", "))"
        case .invalidChoice(let key, let value, let allowed, let suggestion):
            "'\(value)' is not a valid '\(key)'" + Self.hint(suggestion)
                + " (expected one of: \(allowed.joined(separator: ", ")))"
        case .invalidSlug(let slug):
            "'\(slug)' is not a valid slug: use lowercase ASCII letters, digits and single hyphens"
        case .reservedCaseSlug(let slug):
            "'\(slug)' cannot be a case's slug: the list of cases keeps its later pages under cases/\(slug)/; rename the folder or set 'slug'"
        case .invalidURL(let key, let value): "'\(key)' must be an http, https or mailto URL, found '\(value)'"
        case .unknownCountry(let code, let suggestion):
            "unknown country code '\(code)'; expected an ISO 3166-1 alpha-3 code" + Self.hint(suggestion)
        case .duplicateSlug(let kind, let slug, let first): "duplicate \(kind) '\(slug)'; first defined at \(first)"
        case .unresolvedReference(let kind, let slug, let suggestion): "unknown \(kind) '\(slug)'" + Self.hint(suggestion)
        case .unexpectedFile(let expected): "unexpected file; expected \(expected)"
        case .documentWithoutCase(let folder):
            "source document has no case: add '\(folder)/index.md' describing the case"
        case .missingContentFolder(let path): "content folder '\(path)' does not exist"
        case .templateSyntax(let reason): "template syntax error: \(reason)"
        case .unclosedSection(let name): "template syntax error: section '\(name)' is not closed; add {{/\(name)}}"
        case .unopenedSectionClose(let name): "template syntax error: {{/\(name)}} closes no section"
        case .mismatchedSectionClose(let opened, let closed):
            "template syntax error: {{/\(closed)}} does not close the open section '\(opened)'; write {{/\(opened)}}"
        case .unfinishedTag: "template syntax error: tag is not finished, or its name has characters a name cannot have"
        case .invalidDelimiters: "template syntax error: a delimiter change is written {{=<% %>=}}"
        case .unsupportedTag(let sigil): "template syntax error: '\(sigil)' tags are not supported"
        case .tagInsideParent(let name):
            "template syntax error: inside {{< \(name)}} only blocks ({{$name}}…{{/name}}) and text may stand"
        case .unknownField(let view, let field, let suggestion): "'\(view)' has no field '\(field)'" + Self.hint(suggestion)
        case .unknownString(let key, let suggestion): "strings.yml has no string '\(key)'" + Self.hint(suggestion)
        case .notAView(let name, let kind): "'\(name)' is \(kind), which has no fields"
        case .notPrintable(let name, let kind, let field):
            "'\(name)' is \(kind), which cannot be printed; "
                + (field.map { "print one of its fields, such as {{\(name).\($0)}}" } ?? "repeat over it with {{#\(name)}}…{{/\(name)}}")
        case .notASection(let name, let kind):
            "'\(name)' is \(kind); a section needs a list, a yes/no value or an optional value"
        case .unknownFunction(let name, let kind):
            "'\(name)' is not a function templates have for \(kind); they have empty(list), empty(text), equalzero(number), first() and last()"
        case .functionNotPrintable(let name): "'\(name)' is a yes/no test; use it as a section"
        case .missingTemplate(let name): "missing template '\(name).mustache'"
        case .missingPartial(let name): "template refers to missing partial '\(name)'"
        case .partialCycle(let cycle):
            "partial '\(cycle.first ?? "")' includes itself (\(cycle.joined(separator: " → "))); rendering it would never end"
        case .templateLink:
            "symbolic link in the templates folder; it is not read or copied: put the file itself there"
        case .unsafeTemplateValue(let name):
            "unescaped value '\(name)'; only keys ending in 'HTML' may use {{{ }}} or {{& }}"
        case .outputFailed(let reason): "cannot write site: \(reason)"
        case .outputHoldsSources(let path):
            "the output folder is or contains '\(path)', which the build reads, and every build replaces the output folder whole; nothing was changed: choose a folder of its own, such as site/"
        case .outputIsFile: "the output path is a file, not a folder; nothing was changed: choose a folder as the output"
        case .outputIsLink(let target):
            "the output folder is a symbolic link to '\(target)'; nothing was changed: name that folder itself as the output"
        case .outputNotMadeByCasebook(let marker):
            "the output folder is not empty and has no '\(marker)' file, so Casebook did not make it (or an older Casebook did, which marked nothing); "
                + "nothing was changed: delete the folder yourself if it holds only an old site, or choose another output folder"
        case .folderLeftBehind(let reason):
            "Casebook could not delete all of this folder, left by the previous site or an interrupted build (\(reason)); delete it yourself"
        case .linkLeavesContent: "symbolic link points outside the content folder; it is not read"
        case .unterminatedPrivatePassage: "private passage opened by '::: private' is not closed by a ':::' line"
        case .malformedPrivateMarker(let line):
            "'\(line)' looks like a private-passage marker but is not one; open a passage with '::: private' (three ASCII "
                + "colons, one space, lowercase) and close it with ':::', each alone on its line with nothing before or after"
        case .nestedPrivatePassage(let line):
            "'::: private' inside the private passage opened on line \(line); close that one with ':::' first"
        case .unopenedPrivatePassageClose: "':::' closes no private passage; open one above it with '::: private', or remove the line"
        case .protectedName(let name, let defender, let visibility):
            "'\(name)' names defender '\(defender)', whose visibility is \(visibility); remove it or mark the passage '::: private'"
        case .unknownInstrument(let missing, let article, let paragraph):
            "citation of \(Self.cited(missing, article: article, paragraph: paragraph)), which is not in the instrument library; "
                + Self.addition(missing)
        case .protectedNameInPath(let defender, let visibility):
            "this path names defender '\(defender)', whose visibility is \(visibility), and folder and file names become URLs; rename it"
        case .privateValueInPublicText(let declared):
            "this repeats the private value declared at \(declared); remove it here or take it out of 'private'"
        case .protectedNameInOutput(let defender, let visibility):
            "this output file would name defender '\(defender)', whose visibility is \(visibility); nothing was published"
        case .privateValueInOutput(let declared):
            "this output file would contain the private value declared at \(declared); nothing was published"
        case .protectedNameTooShort(let name, let defender):
            "'\(name)' of defender '\(defender)' is too short to look for safely (fewer than \(ProtectionList.shortest.name) letters); write the name in full or add a longer variant that identifies them"
        case .protectedPartTooShort(let part, let defender):
            "the surname '\(part)' of defender '\(defender)' is too short to look for on its own; add the forms it is written in to 'variants' (e.g. with a given name or title), and list '\(part)' under 'allow' to accept that it alone is not looked for"
        case .aliasRevealsName(let alias, let defender):
            "'\(alias)' would reveal the protected name of defender '\(defender)'; choose a pseudonym or description that does not contain it"
        case .allowanceRevealsName(let phrase, let defender):
            "'allow' may list public names that share a part of the protected name, not the name itself: '\(phrase)' would publish defender '\(defender)''s name"
        case .protectedPartInPublicName(let part, let defender, let publicName):
            "'\(part)', part of the protected name of defender '\(defender)', is also in the public name '\(publicName)'; if that name may be published, list it under 'allow' in this profile"
        case .placeholderLeft(let text):
            "placeholder '\(text)' left by 'casebook new'; write the real value here (or remove the line if its key is optional)"
        case .scaffoldExists: "this file already exists; 'casebook new' never overwrites a file: choose another slug or edit it"
        case .scaffoldWithoutCase(let folder):
            "no case '\(folder)' to add a document to: create it first with 'casebook new case \(folder)'"
        case .missingString(let key, let language, let reference):
            "no string '\(key)' for language '\(language)': every key of \(reference) needs its text in this file, so that no page in '\(language)' shows a word of another language"
        case .missingPluralForm(let key, let language, let forms):
            "no string '\(key)': '\(language)' writes counted words in the forms \(forms.joined(separator: ", ")) (CLDR's plural categories), each with its text"
        case .unusedPluralForm(let key, let language, let forms):
            "'\(key)' is no form of '\(language)', which writes counted words in the forms \(forms.joined(separator: ", ")) (CLDR's plural categories); remove it"
        case .noPluralRules(let language, let known):
            "Casebook has no plural rules for '\(language)', so it writes every count with the '_other' form; remove this one, or use a language it has rules for (\(known.joined(separator: ", ")))"
        case .missingStringsFile(let language, let file):
            "the site has language '\(language)' but no interface strings for it: add \(file) with every key of the default language's strings"
        case .translationOfNothing(let key): "the original has no '\(key)' to translate; remove it here"
        case .translatedCount(let key, let original, let translated):
            "the original has \(original) item(s) under '\(key)'; its translation gives them item for item, in the same order, but has \(translated)"
        case .translatedItemMismatch(let key, let field, let original, let written):
            original.map { "'\(field)' of this item of '\(key)' is '\($0)' in the original, and a translation gives the items in the original's order, found '\(written)'" }
                ?? "no item of '\(key)' in the original has \(field) '\(written)'"
        case .notTranslatable(let key, let original):
            "'\(key)' is not translated: a translation inherits it from \(original); remove it here"
        case .untranslatedField(let key, let original):
            "\(original) has '\(key)', which its translation must give too, so that the page shows its texts in one language"
        case .untranslatedBody(let original):
            "\(original) has a text after its front matter, which its translation must give too, so that the page shows its texts in one language"
        case .bodyOfNothing(let original): "\(original) has no text after its front matter to translate; remove the text here"
        case .translationWithoutOriginal(let original):
            "translation of '\(original)', which does not exist: a translation '<name>.<language>.md' sits beside its original '<name>.md'"
        case .translationLanguageNotInSite(let language, let languages):
            "the site has no language '\(language)' (casebook.yml: languages \(languages.joined(separator: ", "))); add it there, or remove this translation"
        case .translationInOriginalLanguage(let language): "this translation is in '\(language)', the language of its original"
        case .protectedNameTranslated(let visibility):
            "the name of a defender whose visibility is \(visibility) is published in no language, so it is not translated; translate 'pseudonym' or 'withheld_as' instead"
        case .languageAndLanguages:
            "'language' and 'languages' are both set; list every language of the site under 'languages', the default first"
        case .invalidLanguageTag(let tag): "'\(tag)' is not a BCP 47 language tag such as 'en', 'ru', 'pt-BR' or 'sr-Latn'"
        case .duplicateLanguage(let tag): "language '\(tag)' is listed twice"
        case .noBaseURL: "no 'base_url' is set, so sitemap.xml is not written and feeds link from the site root; set it to the site's address"
        }
    }

    /// What a citation of an instrument the library lacks cites: "article 272 of 'Syrian Criminal Code'".
    static func cited(_ missing: MissingInstrument, article: String?, paragraph: String?) -> String {
        let part = switch (article, paragraph) {
        case (let article?, let paragraph?): "article \(article) (\(paragraph)) of "
        case (let article?, nil): "article \(article) of "
        case (nil, let paragraph?): "paragraph \(paragraph) of "
        case (nil, nil): ""
        }
        return part + "'\(missing.name)'"
    }

    /// The file that would link a citation, and what to write in it.
    static func addition(_ missing: MissingInstrument) -> String {
        "add \(missing.file) with \(contents(missing))"
    }

    /// What to write in the file that would link a citation: "title or alias 'Syrian Criminal Code'".
    private static func contents(_ missing: MissingInstrument) -> String {
        switch missing.key {
        case .name(let name):
            // Russian names match in every case, written in the library in the nominative.
            "title or alias '\(name)'" + (name.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) } ? " in the nominative" : "")
        case .localName(let name, let country): "local_names '\(name)' and country \(country)"
        case .symbol(let symbol): "symbol '\(symbol)'"
        case .generalComment(let committee, let number): "committee \(committee.rawValue) and number '\(number)'"
        }
    }

    /// The citation report's lines about citations the library cannot link (`casebook check` and `build` print them).
    public enum Report {
        /// Heads the list of unresolved citations, document by document.
        public static let byDocument = "Unresolved citations, by document:"
        /// Heads the list of files to add.
        public static let filesToAdd = "To link them, add to the instrument library:"

        /// A document and how many unresolved citations it has.
        public static func document(_ path: String, count: Int) -> String {
            "  \(path): \(count) unresolved citation\(count == 1 ? "" : "s")"
        }

        /// One unresolved citation: where, what it cites, the words citing, the file to add.
        public static func citation(_ citation: UnresolvedCitation) -> String {
            "    \(citation.location): \(cited(citation.missing, article: citation.article, paragraph: citation.paragraph)) in \"\(citation.text)\": add \(citation.missing.file)"
        }

        /// One file to add, with the citations and documents it would link.
        public static func file(_ missing: MissingInstrument, citations: Int, documents: Int) -> String {
            "  add \(missing.file) to link \(citations) citation\(citations == 1 ? "" : "s") in \(documents) document\(documents == 1 ? "" : "s")"
                + " (with \(contents(missing)))"
        }
    }

    private static let anchorReason =
        ": anchors and aliases can copy a private value into a public field; write the value out where it is used"

    private static func hint(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}
