import Foundation

/// Parses one content file into the model value its place in the layout calls for.
struct ContentFileParser: Sendable {
    /// A parsed file: its value (nil when it had errors) and its diagnostics.
    final class Parsed: Sendable {
        let item: ContentItem?
        let diagnostics: [Diagnostic]
        /// The kind and slug a file that had errors declared, so references to it are not reported again.
        let failed: (kind: String, slug: String)?
        /// The references a file with errors makes, which are checked all the same.
        let references: [FailedReference]
        /// The values of its `private` mapping.
        let privateValues: [Located<String>]
        /// Its text as the protection check reads it.
        let screened: ScreenedSource?

        /// A class, so that the loader passes a parse (kept or new) from thread to list without copying
        /// its fields: 39,000 files at 10,000 cases.
        init(
            item: ContentItem?, diagnostics: [Diagnostic], failed: (kind: String, slug: String)? = nil, references: [FailedReference] = [],
            privateValues: [Located<String>] = [], screened: ScreenedSource? = nil
        ) {
            (self.item, self.diagnostics, self.failed, self.references) = (item, diagnostics, failed, references)
            (self.privateValues, self.screened) = (privateValues, screened)
        }
    }

    var defaultLanguage: String
    /// Where texts read again are checked, in a build that keeps no texts: each file's parse then holds
    /// no case's or document's body and no screened text, only where they lie; nil keeps them.
    var reads: TextReads? = nil

    /// A file's bytes with what they parsed to, kept so an unchanged file is not parsed again, and the
    /// file's stamp when it was read. A class, so that keeping and passing it does not copy the parse.
    final class Memo: Sendable {
        let bytes: Data
        let defaultLanguage: String
        let parsed: Parsed
        let stamp: FileStamp?
        let read: timespec

        init(bytes: Data, defaultLanguage: String, parsed: Parsed, stamp: FileStamp?, read: timespec) {
            (self.bytes, self.defaultLanguage, self.parsed, self.stamp, self.read) = (bytes, defaultLanguage, parsed, stamp, read)
        }
    }

    /// Parses a file, reusing `previous` when the default language is the same and either the file's
    /// settled stamp is unchanged or its bytes are the same.
    func parse(_ file: ContentWalker.File, displayPath: String, reusing previous: Memo?) -> (parsed: Parsed, memo: Memo?) {
        guard let place = ContentPath(components: file.components) else {
            let warning = Diagnostic.warning(.unexpectedFile(expected: ContentPath.expectedLayout), at: SourceLocation(path: displayPath))
            return (Parsed(item: nil, diagnostics: [warning]), nil)
        }
        let (read, stamp) = (FileStamp.now(), FileStamp(path: file.path))
        let previous = previous?.defaultLanguage == defaultLanguage ? previous : nil
        if let previous, let stamp, previous.stamp == stamp, stamp.settled(before: previous.read) { return (previous.parsed, previous) }
        let bytes: Data
        switch SourceFile.bytes(at: file.url, displayPath: displayPath) {
        case .failure(let diagnostic): return (Parsed(item: nil, diagnostics: [diagnostic]), nil)
        case .success(let contents): bytes = contents
        }
        if let previous, previous.bytes == bytes {
            return (previous.parsed, Memo(bytes: previous.bytes, defaultLanguage: defaultLanguage, parsed: previous.parsed, stamp: stamp, read: read))
        }
        let parsed: Parsed
        switch SourceFile.decode(bytes, path: displayPath) {
        case .failure(let diagnostic): parsed = Parsed(item: nil, diagnostics: [diagnostic])
        case .success(let source): parsed = parse(source, as: place)
        }
        if let reads { return (parsed.detached(from: file.path, reads: reads), nil) }
        return (parsed, Memo(bytes: bytes, defaultLanguage: defaultLanguage, parsed: parsed, stamp: stamp, read: read))
    }

    /// Parses text already read, as the file at `place`.
    func parse(_ source: SourceFile, as place: ContentPath) -> Parsed {
        let placeholders = Placeholder.diagnostics(in: source)
        guard placeholders.isEmpty else { return Parsed(item: nil, diagnostics: placeholders, failed: (place.kind, place.defaultSlug)) }
        let parts: FrontMatterSplitter.Parts
        var reader: FrontMatterReader
        switch FrontMatterSplitter.split(source).mapError({ DiagnosticsError([$0]) }).flatMap({ parts in
            FrontMatterReader.parse(yaml: parts.yaml, path: source.path, lineOffset: 1).map { (parts, $0) }
        }) {
        // Its slug still names it: a reference to a file that cannot be read is not reported as unknown too.
        case .failure(let error): return Parsed(item: nil, diagnostics: error.diagnostics, failed: (place.kind, place.defaultSlug))
        case .success(let pair): (parts, reader) = pair
        }
        let isTranslation = if case .translation = place { true } else { false }
        let slugOverride = isTranslation ? nil : reader.slug("slug")
        let slug = slugOverride?.value ?? place.defaultSlug
        if slugOverride == nil, !Slug.isValid(slug) {
            reader.report(.invalidSlug(slug), at: SourceLocation(path: source.path))
        }
        if case .caseIndex = place, slug == Route.pagesFolder {
            reader.report(.reservedCaseSlug(slug), at: slugOverride?.location ?? SourceLocation(path: source.path))
        }
        let privateValues = isTranslation ? [] : reader.privateSection()
        let (body, passageDiagnostics) = PrivatePassages.redact(parts.body)
        reader.absorb(passageDiagnostics)
        let item = read(&reader, place: place, slug: slug, body: body)
        reader.finish()
        guard reader.diagnostics.isEmpty else {
            let references = reader.referencesRead.flatMap { key, values in
                Self.referenceKinds[key].map { kind in values.map { FailedReference(kind: kind, reference: $0) } } ?? []
            }
            return Parsed(
                item: nil, diagnostics: reader.diagnostics, failed: (place.kind, slug), references: references, privateValues: privateValues)
        }
        let screened = ScreenedSource(source, place: place, item: item, body: body, reader: reader, yaml: parts.yaml)
        return Parsed(item: item, diagnostics: [], privateValues: privateValues, screened: screened)
    }

    /// What each key that holds references refers to.
    static let referenceKinds = ["defenders": "defender", "organizations": "organization", "mandates": "mandate"]

    func read(_ reader: inout FrontMatterReader, place: ContentPath, slug: String, body: MarkdownText) -> ContentItem? {
        switch place {
        case .caseIndex(let folder):
            CaseFile.read(&reader, slug: slug, body: body).map { .caseFile($0, folder: folder) }
        case .document(let folder, _):
            SourceDocument.read(&reader, slug: slug, caseSlug: folder, body: body, defaultLanguage: defaultLanguage)
                .map { .document($0, folder: folder) }
        case .defender: Defender.read(&reader, slug: slug, body: body).map(ContentItem.defender)
        case .organization: Organization.read(&reader, slug: slug, body: body).map(ContentItem.organization)
        case .mandate: Mandate.read(&reader, slug: slug, body: body).map(ContentItem.mandate)
        case .instrument: Instrument.read(&reader, slug: slug, body: body).map(ContentItem.instrument)
        case .translation(let original, let language):
            Translation.read(
                &reader, of: original, language: language, originalPath: Translation.originalPath(of: reader.origin.path, language: language),
                body: body
            ).map(ContentItem.translation)
        }
    }
}

extension ContentFileParser.Parsed {
    /// The same parse, with the case's or document's body and the screened text read again from the
    /// file at `path` when needed rather than kept.
    func detached(from path: String, reads: TextReads) -> ContentFileParser.Parsed {
        var item = item
        switch item {
        case .caseFile(var caseFile, let folder):
            caseFile.body = caseFile.body.detached(from: path, reads: reads)
            item = .caseFile(caseFile, folder: folder)
        case .document(var document, let folder):
            document.body = document.body.detached(from: path, reads: reads)
            item = .document(document, folder: folder)
        case .translation(var translation):
            translation.body = translation.body.detached(from: path, reads: reads)
            item = .translation(translation)
        default: break
        }
        return ContentFileParser.Parsed(
            item: item, diagnostics: diagnostics, failed: failed, references: references, privateValues: privateValues,
            screened: screened?.detached(from: path, reads: reads))
    }
}

/// One loaded content value, before cases and their documents are put together.
enum ContentItem: Sendable {
    case caseFile(CaseFile, folder: String)
    case document(SourceDocument, folder: String)
    case defender(Defender)
    case organization(Organization)
    case mandate(Mandate)
    case instrument(Instrument)
    case translation(Translation)
}
