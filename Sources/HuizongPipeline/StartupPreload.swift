import Dispatch
import Foundation
import HuizongFacts
import HuizongLayout
import HuizongRender

/// Work every build needs that depends on nothing the run has read, begun on a second thread as
/// the command starts: the metric rules (parsed at their first use) and the fonts, with a
/// renderer that has shaped text once in each weight (which loads each face, its fontconfig
/// match and its OpenType tables). Meanwhile the main thread loads the gazetteer and the config,
/// with the second core otherwise idle; for the seeds' brief this takes 15–20 ms off the path.
public final class StartupPreload: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written once by the preload thread; read only after `group.wait()`.
    private var fonts: Result<Renderer, Error>?

    /// Starts preloading; `fontsDirectory` nil: the run draws nothing, so only the rules.
    public init(fontsDirectory: URL?) {
        DispatchQueue.global(qos: .userInitiated).async(group: group) { [self] in
            _ = FactExtractor()
            guard let fontsDirectory else { return }
            fonts = Result {
                let renderer = Renderer(fonts: try FontLibrary(directory: fontsDirectory))
                for weight in [FontSpec.Weight.regular, .bold] {
                    _ = renderer.measurer.width(of: "汇总 2021年 57.9亿元", font: FontSpec(size: 10, weight: weight))
                }
                return renderer
            }
        }
    }

    /// The preloaded renderer (waiting for it if need be), or nil when no fonts were asked for;
    /// throws what loading the fonts threw. The renderer is handed over once: from here on only
    /// the caller's thread uses it.
    public func renderer() throws -> Renderer? {
        group.wait()
        return try fonts?.get()
    }
}
