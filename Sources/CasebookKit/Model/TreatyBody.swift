/// The UN treaty bodies, by the code their documents use, and the names letters call them by.
public enum TreatyBody: String, Sendable, Hashable, CaseIterable {
    case ccpr = "CCPR", cescr = "CESCR", cedaw = "CEDAW", cerd = "CERD", cat = "CAT", crc = "CRC", cmw = "CMW", crpd = "CRPD"
    case ced = "CED"

    /// The committee's names as they appear in letters, longest first.
    public var names: [String] {
        switch self {
        case .ccpr: ["Human Rights Committee"]
        case .cescr: ["Committee on Economic, Social and Cultural Rights"]
        case .cedaw: ["Committee on the Elimination of Discrimination against Women"]
        case .cerd: ["Committee on the Elimination of Racial Discrimination"]
        case .cat: ["Committee against Torture"]
        case .crc: ["Committee on the Rights of the Child"]
        case .cmw: ["Committee on Migrant Workers", "Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families"]
        case .crpd: ["Committee on the Rights of Persons with Disabilities"]
        case .ced: ["Committee on Enforced Disappearances"]
        }
    }
}
