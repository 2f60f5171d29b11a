/// Document references of regional human rights bodies, which texts cite as they cite UN documents: the
/// Inter-American Commission and Court (`OEA/Ser.L/V/II.164 Doc. 99`, `Series C No. 123`), the African
/// Commission (`ACHPR/Res.275(LV)2014`, `Communication 245/02`) and the Council of Europe (`CM/Rec(2018)11`,
/// `Resolution 2095 (2016)` of its Parliamentary Assembly, `ETS No. 005`).
///
/// None of these bodies gives an address made from the reference that it keeps stable (the Council of Europe
/// retired `wcd.coe.int/ViewDoc.jsp?Ref=…`; the OAS, the African Commission and the Assembly address documents by
/// file numbers or titles), so a regional reference links to the library's page for it, or is reported.
enum RegionalSymbol {
    /// A body whose documents are cited by a number that means something only with the body named near it.
    enum Body: Sendable {
        /// The Parliamentary Assembly of the Council of Europe: "Resolution 2095 (2016)".
        case pace
        /// The African Commission on Human and Peoples' Rights: "Communication 245/02".
        case achpr
        /// A UN body whose numbers look the same, named nearer: the Security Council's "resolution 1325 (2000)".
        case other
    }

    /// The symbol an Inter-American document token begins, the OAS's English series prefix written as the
    /// official one (`OAS/Ser.L` is `OEA/Ser.L`); nil for other tokens.
    static func interAmerican(_ token: String) -> String? {
        for prefix in ["OEA/Ser.", "OAS/Ser."] where token.hasPrefix(prefix) && token.count > prefix.count {
            return "OEA/Ser." + token.dropFirst(prefix.count)
        }
        return nil
    }

    /// An African Commission resolution's symbol, `ACHPR/Res.275(LV)2014`, from its parts as written without spaces
    /// (`ACHPR/Res.275(LV)2014`, `CADHP/Rés.275(LV)2014`); nil if it is not one.
    static func africanResolution(_ written: String) -> String? {
        let upper = written.uppercased()
        guard let prefix = ["ACHPR/RES", "CADHP/RÉS", "CADHP/RES"].first(where: upper.hasPrefix) else { return nil }
        var rest = Substring(upper.dropFirst(prefix.count))
        if rest.first == "." { rest = rest.dropFirst() }
        let number = rest.prefix(while: \.isNumber)
        guard !number.isEmpty else { return nil }
        rest = rest.dropFirst(number.count)
        var session = ""
        if rest.first == "(" {
            let roman = rest.dropFirst().prefix(while: { "IVXLC".contains($0) })
            guard !roman.isEmpty, rest.dropFirst(roman.count + 1).first == ")" else { return nil }
            session = "(\(roman))"
            rest = rest.dropFirst(roman.count + 2)
        }
        guard rest.allSatisfy(\.isNumber), [0, 2, 4].contains(rest.count) else { return nil }
        return "ACHPR/Res.\(number)\(session)\(rest)"
    }

    /// A text of the Committee of Ministers, `CM/Rec(2018)11`, `CM/Res(2008)5`, `Rec(2004)20`, from its parts as
    /// written without spaces; nil if it is not one.
    static func ministers(_ written: String) -> String? {
        guard written.hasPrefix("CM/") || written.hasPrefix("Rec(") || written.hasPrefix("Res(") else { return nil }
        guard let open = written.firstIndex(of: "("), let close = written.firstIndex(of: ")"), open < close else { return nil }
        let year = written[written.index(after: open)..<close], number = written[written.index(after: close)...]
        guard [2, 4].contains(year.count), year.allSatisfy(\.isNumber), !number.isEmpty, number.allSatisfy(\.isNumber) else { return nil }
        return written
    }

    /// A treaty of the Council of Europe by its number, as the Treaty Office writes it: `ETS No. 005` up to 193, the
    /// European Treaty Series, and `CETS No. 210` after, the Council of Europe Treaty Series that continued its
    /// numbers in 2004 (written `ETS`, `CETS`, or in French `STE`, `STCE`).
    static func treaty(_ number: String) -> String {
        let value = Int(number) ?? 0
        let digits = String(value)
        return (value < 194 ? "ETS No. " : "CETS No. ") + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// The form in which two spellings of a regional symbol are equal: `UNSymbol.normalize`d, without full stops
    /// (`OEA/Ser.L/V/II. Doc. 66` and `OEA/Ser.L/V/II Doc 66` are one document).
    static func key(_ symbol: String) -> String {
        UNSymbol.normalize(symbol).replacingOccurrences(of: ".", with: "")
    }

    /// The series words that begin a treaty number, as written.
    static let treatySeries: Set<String> = ["CETS", "ETS", "STCE", "STE"]
}
