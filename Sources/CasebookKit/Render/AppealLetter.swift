/// The ready letter of a case's "what you can do" section, in the wording of `strings.yml`: who is
/// concerned, what happened, and the actions requested.
struct AppealLetter {
    var caseFile: CaseFile
    /// The people concerned as pages may name them.
    var people: [String]
    var strings: InterfaceStrings

    /// The letter as plain text, ready to copy or to put in a `mailto:` body.
    var text: String {
        let country = Country.name(of: caseFile.country.value, in: strings.language)
        let values = ["people": Self.list(people, strings: strings), "country": country, "title": caseFile.title]
        func fill(_ key: String) -> String { strings[key].filling(values) }
        var paragraphs = [strings["letter_salutation"], fill("letter_opening"), caseFile.summary]
        if !caseFile.actions.isEmpty {
            paragraphs.append(fill("letter_request") + "\n" + caseFile.actions.map { "- " + $0 }.joined(separator: "\n"))
        }
        paragraphs += [strings["letter_closing"], strings["letter_signature"]]
        return paragraphs.joined(separator: "\n\n")
    }

    /// The letter's subject line.
    var subject: String { caseFile.title }

    /// `mailto:` to the addresses with the letter as subject and body.
    func mailto(_ addresses: [String]) -> String { MailtoLink.href(addresses, subject: subject, body: text) }

    /// "A, B and C", with the list words of the interface.
    static func list(_ names: [String], strings: InterfaceStrings) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: strings["list_separator"] + " ") + " " + strings["list_and"] + " " + names.last!
    }
}
