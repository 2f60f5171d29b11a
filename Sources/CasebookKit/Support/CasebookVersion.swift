/// Casebook's version, as `casebook --version` prints it and generated files name their generator.
public enum CasebookVersion {
    /// The released version; `scripts/release` names its archive after the git description instead.
    public static let current = "0.9.0"
}
