extension Unicode.Scalar {
    /// Whether the scalar is a letter or a number (`\p{L}` or `\p{N}`): what words are made of.
    var isLetterOrNumber: Bool {
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber, .letterNumber,
            .otherNumber:
            true
        default:
            false
        }
    }
}
