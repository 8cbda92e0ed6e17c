/// Huizong's version: the one place it is set. `huizong --version`, manifest.json and
/// scripts/install read it from here (the script greps this line, so keep it on one line).
public enum HuizongVersion {
    public static let number = "0.9.0"
}
