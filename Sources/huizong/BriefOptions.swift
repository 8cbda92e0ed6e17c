import ArgumentParser
import Foundation
import HuizongPlaces
import HuizongRender

/// Options that change only the brief (build and check): `facts` and `regions` do not take them,
/// so help never offers an option that would do nothing.
struct BriefOptions: ParsableArguments {
    @Option(name: .long, help: "Language of headings and metric names: zh or en (overrides the config).")
    var lang: String?

    @Option(name: .long, help: ArgumentHelp("Folder of the bundled fonts.",
        discussion: "Default: $HUIZONG_FONTS, else the installed share/huizong/Fonts, else ./Fonts."))
    var fonts: String?

    /// `--fonts`, else `$HUIZONG_FONTS`, else an installed copy's `share/huizong/Fonts` (found from
    /// the executable's own path, so the folder it runs in does not matter), else `./Fonts`, else
    /// the package's own `Fonts/` (for a binary run from `.build/` outside the project folder).
    var fontsDirectory: URL {
        if let path = fonts ?? ProcessInfo.processInfo.environment["HUIZONG_FONTS"].flatMap({ $0.isEmpty ? nil : $0 }) {
            return URL(fileURLWithPath: path)
        }
        if let installed = InstalledData.file("Fonts") { return installed }
        return FontLibrary.locateDirectory() ?? URL(fileURLWithPath: "Fonts")
    }
}
