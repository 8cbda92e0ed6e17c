// swift-tools-version:6.0
// Huizong (汇总): Chinese campaign articles in, a printable brief out.
// The data flow runs one way: Text → Facts (with Places) → Totals → Layout → Render.
import PackageDescription

let package = Package(
    name: "Huizong",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "huizong", targets: ["huizong"]),
        // Fuzz targets (Fuzz/README.md): libFuzzer with -sanitize=fuzzer -DFUZZING, corpus replay without.
        .executable(name: "fuzz-numbers", targets: ["fuzz-numbers"]),
        .executable(name: "fuzz-document", targets: ["fuzz-document"]),
        .executable(name: "fuzz-build", targets: ["fuzz-build"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    ],
    targets: [
        // MARK: System libraries (modulemap + pkg-config + apt provider, nothing else)
        .systemLibrary(name: "CCairo", pkgConfig: "cairo",
                       providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CPangoCairo", pkgConfig: "pangocairo pangoft2",
                       providers: [.apt(["libpango1.0-dev"])]),
        .systemLibrary(name: "CFontconfig", pkgConfig: "fontconfig",
                       providers: [.apt(["libfontconfig-dev"])]),
        .systemLibrary(name: "COpenCC", pkgConfig: "opencc",
                       providers: [.apt(["libopencc-dev"])]),
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto",
                       providers: [.apt(["libssl-dev"])]),
        // Chart PNGs (libpng with zlib; Cairo links it too).
        .systemLibrary(name: "CPNG", pkgConfig: "libpng",
                       providers: [.apt(["libpng-dev"])]),
        // Input formats (HuizongFormats): the .docx/.odt container, their XML and HTML, PDF text.
        .systemLibrary(name: "CZip", pkgConfig: "libzip",
                       providers: [.apt(["libzip-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib",
                       providers: [.apt(["libpoppler-glib-dev"])]),
        // totals.xlsx (issue 18): numbers as numbers, one sheet per level.
        .systemLibrary(name: "CXLSXWriter", pkgConfig: "xlsxwriter",
                       providers: [.apt(["libxlsxwriter-dev"])]),

        // OpenCC's dictionaries through its C++ API (ScriptConverter converts only what they can change).
        .target(name: "COpenCCLexicon", linkerSettings: [.linkedLibrary("opencc")]),

        // MARK: Stages of the data flow
        .target(name: "HuizongText", dependencies: ["COpenCC", "COpenCCLexicon", "CCrypto"]),
        // Word, OpenDocument, HTML and PDF files to plain text lines, for HuizongText to read.
        .target(name: "HuizongFormats", dependencies: ["HuizongText", "CZip", "CLibXML2", "CPoppler"]),
        .target(name: "HuizongPlaces",
                resources: [.copy("Data/gazetteer.tsv"), .copy("Data/gazetteer.index"), .copy("Data/newspapers.tsv")]),
        .target(name: "HuizongFacts", dependencies: ["HuizongText", "HuizongPlaces"],
                resources: [.copy("Data/metrics.tsv"), .copy("Data/metric_order.tsv")]),
        .target(name: "HuizongTotals", dependencies: ["HuizongFacts", "HuizongPlaces", "HuizongText"]),
        .target(name: "HuizongLayout"),
        .target(name: "HuizongRender", dependencies: ["HuizongLayout", "CCairo", "CPangoCairo", "CFontconfig", "CPNG"]),

        // MARK: Wiring and command line
        .target(name: "HuizongPipeline", dependencies: [
            "HuizongText", "HuizongFormats", "HuizongPlaces", "HuizongFacts", "HuizongTotals", "HuizongLayout", "HuizongRender",
            "CXLSXWriter",
            .product(name: "TOMLKit", package: "TOMLKit"),
            .product(name: "OrderedCollections", package: "swift-collections"),
        ]),
        .executableTarget(name: "huizong", dependencies: [
            "HuizongPipeline", "HuizongPlaces", "HuizongText", "HuizongRender",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // MARK: Data tools
        // The gazetteer ready-made (Data/gazetteer.index), written by scripts/gazetteer/build.py.
        .executableTarget(name: "gazetteer-index", dependencies: ["HuizongPlaces"], path: "Sources/GazetteerIndex"),

        // MARK: Benchmark (swift run -c release huizong-bench; see README)
        .executableTarget(name: "huizong-bench", dependencies: [
            "HuizongText", "HuizongPlaces", "HuizongFacts", "HuizongPipeline",
        ]),

        // MARK: Fuzzing (see Fuzz/README.md)
        .target(name: "CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer", "HuizongText", "HuizongPlaces", "HuizongFacts"]),
        .executableTarget(name: "fuzz-numbers", dependencies: ["FuzzSupport", "HuizongFacts"],
                          path: "Sources/FuzzNumbers"),
        .executableTarget(name: "fuzz-document", dependencies: ["FuzzSupport", "HuizongText", "HuizongPlaces", "HuizongFacts"],
                          path: "Sources/FuzzDocument"),
        .target(name: "FuzzBuildHarness", dependencies: ["HuizongPipeline", "HuizongLayout", "HuizongPlaces", "HuizongTotals"]),
        .executableTarget(name: "fuzz-build", dependencies: ["FuzzSupport", "FuzzBuildHarness"],
                          path: "Sources/FuzzBuild"),

        // MARK: Tests
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "HuizongTextTests", dependencies: ["HuizongText", "TestSupport"]),
        .testTarget(name: "HuizongPlacesTests", dependencies: ["HuizongPlaces", "HuizongText", "TestSupport"]),
        .testTarget(name: "HuizongFactsTests", dependencies: ["HuizongFacts", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "HuizongTotalsTests", dependencies: ["HuizongTotals", "TestSupport"]),
        .testTarget(name: "HuizongLayoutTests", dependencies: ["HuizongLayout", "TestSupport"]),
        .testTarget(name: "HuizongRenderTests", dependencies: ["HuizongRender", "TestSupport"]),
        .testTarget(name: "HuizongPipelineTests", dependencies: ["HuizongPipeline", "HuizongFacts", "HuizongTotals", "TestSupport",
                                                                "FuzzBuildHarness"]),
        .testTarget(name: "HuizongFormatsTests", dependencies: [
            "HuizongFormats", "HuizongText", "HuizongPipeline", "HuizongPlaces", "HuizongFacts", "HuizongTotals",
            "HuizongLayout", "HuizongRender", "CZip", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["huizong", "TestSupport"], exclude: ["accuracy-floors.tsv"]),
    ],
    swiftLanguageModes: [.v6]
)
