import Foundation
import HuizongText
import HuizongPlaces
import HuizongFacts
import HuizongPipeline

// huizong-bench: times every stage on generated corpora and the seeds (issue 9).
// Usage: swift build -c release && swift run -c release huizong-bench [--sizes 1000,10000] [--cache DIR] [--out bench.json]
// The corpora are generated once into the cache folder (deterministic for a given size).
// --stages-only: only the per-stage lines of the corpora (for profiling); --cpu-time: time stages by
// the thread's CPU time (steadier on a shared machine); --dump FILE: every mention, attribution and
// fact as text, so two builds can be compared (`cmp`) after a speed-up; --place-passes N: place matching
// again N times over the documents read, best pass reported (to compare builds on a busy machine; the
// documents are then all kept in memory, which slows the other stages' figures of that run);
// --generate-only: only write the corpora (for timing `huizong` on them by hand).

// `huizong-bench --measure EXECUTABLE ARGS…`: run one command and print "seconds peakMB status"
// (see `measureFromFreshProcess`).
if CommandLine.arguments.count > 2 && CommandLine.arguments[1] == "--measure" {
    let run = try measureProcess(CommandLine.arguments[2], Array(CommandLine.arguments.dropFirst(3)))
    print(run.seconds, run.peakMB, run.status)
    exit(0)
}

var sizes = [1000, 10000]
var cache = "bench-cache"
var out = "bench.json"
var dumpPath: String?  // --dump FILE: every mention, attribution and fact, to compare two builds
var stagesOnly = false  // --stages-only: just the per-stage timing of the corpora (for profiling)
var generateOnly = false  // --generate-only: write the corpora into the cache and stop
var placePasses = 1  // --place-passes N: place matching timed N more times over the read documents, best pass kept
var arguments = CommandLine.arguments.dropFirst()
while let arg = arguments.popFirst() {
    switch arg {
    case "--sizes": sizes = (arguments.popFirst() ?? "").split(separator: ",").compactMap { Int($0) }
    case "--cache": cache = arguments.popFirst() ?? cache
    case "--out": out = arguments.popFirst() ?? out
    case "--stages-only": stagesOnly = true
    case "--generate-only": generateOnly = true
    case "--cpu-time": useThreadCPUTime = true
    case "--place-passes": placePasses = max(1, Int(arguments.popFirst() ?? "") ?? 1)
    case "--dump": dumpPath = arguments.popFirst()
    default: FileHandle.standardError.write(Data("unknown argument \(arg)\n".utf8)); exit(2)
    }
}

let binDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
let huizong = binDir.appendingPathComponent("huizong").path
guard FileManager.default.isExecutableFile(atPath: huizong) else {
    FileHandle.standardError.write(Data("build the huizong product first: swift build -c release\n".utf8)); exit(2)
}

// The gazetteer's index, from nothing to ready (issue 20: to be loaded ready-made, not built at start).
let gazetteerStart = DispatchTime.now().uptimeNanoseconds
let gazetteer = try Gazetteer.bundled()
let gazetteerMilliseconds = Double(DispatchTime.now().uptimeNanoseconds - gazetteerStart) / 1e6
let areas = gazetteer.regions.filter { $0.level == .prefecture }.map { prefecture in
    let suffix = ["盟", "州", "市"].first { prefecture.name.hasSuffix($0) } ?? "市"
    return CorpusGenerator.Area(name: prefecture.name, level: suffix,
                                counties: gazetteer.children(of: prefecture.code).map(\.name))
}
let generator = CorpusGenerator(areas: areas, toTraditional: {
    ScriptConverter.simplifiedToTraditional.convert($0) ?? $0
})

var dump = Dump()
var report = BenchReport(machine: "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB")
print("| measure | value | target | |\n|---|---|---|---|")

// Seeds, from process start to a finished brief (best of 5), with the CPU time of all its
// threads (best of the same 5 runs; steadier than the wall clock on a shared machine).
let seedsOut = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-bench-seeds").path
var best = Double.infinity, bestCPU = Double.infinity
let loadBefore = loadAverage()
for _ in 0..<(stagesOnly || generateOnly ? 0 : 5) {
    let run = try measureProcess(huizong, ["build", "seeds", "-o", seedsOut, "--quiet"])
    best = min(best, run.seconds)
    bestCPU = min(bestCPU, run.cpuSeconds)
}
if !stagesOnly && !generateOnly {
    report.add("load average (1 min) before the seeds runs", loadBefore, "")
    report.add("seeds brief from process start", best * 1000, "ms", below: 150)
    report.add("seeds brief CPU time, all threads", bestCPU * 1000, "ms")
}
if !generateOnly { report.add("gazetteer index ready (first use, wall clock)", gazetteerMilliseconds, "ms") }

var peaks: [(documents: Int, megabytes: Double)] = []
for size in sizes {
    // The generator's version is in the folder name, so a changed generator never reuses an old corpus.
    let folder = URL(fileURLWithPath: cache).appendingPathComponent("corpus-v2-\(size)")
    try generator.write(count: size, seed: 2021, to: folder)
    if generateOnly { print("\(folder.path): \(size) documents"); continue }
    let files = InputCollector.collect([folder.path]).files

    // Stage by stage, one document at a time, one thread: what each stage costs per byte.
    let reader = DocumentReader()
    let resolver = PlaceResolver(gazetteer: gazetteer)
    let extractor = FactExtractor()
    var read = Stopwatch(), places = Stopwatch(), extract = Stopwatch()
    // Reading cost split by script: Simplified text must not pay for OpenCC.
    var scriptBytes: [String: Int] = [:], scriptNanoseconds: [String: UInt64] = [:], scriptRest: [String: UInt64] = [:]
    // OpenCC alone on the Traditional documents' text: the floor under reading Traditional text.
    var openCC = Stopwatch(), openCCBytes = 0
    var facts: [Fact] = []
    var bytes = 0
    var kept: [Document] = []  // for --place-passes
    for file in files {
        let data = [UInt8](try Data(contentsOf: file.url))
        bytes += data.count
        let before = read.nanoseconds
        let doc = read.time { reader.document(bytes: data, path: file.relativePath) }
        scriptBytes[doc.source.script, default: 0] += data.count
        scriptNanoseconds[doc.source.script, default: 0] += read.nanoseconds - before
        if doc.source.script != "simplified", doc.source.encoding.hasPrefix("utf-8") {
            let text = String(decoding: data, as: UTF8.self)
            openCCBytes += data.count
            _ = openCC.time { ScriptConverter.traditionalToSimplified.convert(text) }
        }
        let beforeRest = places.nanoseconds + extract.nanoseconds
        defer {
            // Places and extraction of this document count towards its script's end-to-end figure.
            scriptRest[doc.source.script, default: 0] += places.nanoseconds + extract.nanoseconds - beforeRest
        }
        let resolved = places.time { resolver.resolve(scalars: doc.scalars, paragraphs: doc.paragraphs.map(\.range), override: nil) }
        let docFacts = extract.time {
            extractor.extract(from: doc, attribute: { offset, clause, sentence, paragraph in
                // Attribution is not timed apart: two clock reads per figure cost a third of extraction.
                resolved.attribute(offset: offset, clause: clause, sentence: sentence, paragraph: paragraph)
            })
        }
        facts += docFacts
        if dumpPath != nil { dump.add(doc: doc, places: resolved, facts: docFacts) }
        if placePasses > 1 { kept.append(doc) }
    }
    for script in scriptBytes.keys.sorted() {
        let seconds = Double(scriptNanoseconds[script]!) / 1e9
        let target: Double? = script == "simplified" ? 60 : script == "traditional" ? 10 : nil
        report.add("\(size) docs: read + normalise, \(script)", Double(scriptBytes[script]!) / 1_048_576 / seconds, "MB/s",
                   atLeast: target)
    }
    if openCCBytes > 0 {
        report.add("\(size) docs: OpenCC t2s alone, traditional", Double(openCCBytes) / 1_048_576 / openCC.seconds, "MB/s")
    }
    for script in scriptBytes.keys.sorted() {
        let seconds = Double(scriptNanoseconds[script]! + (scriptRest[script] ?? 0)) / 1e9
        report.add("\(size) docs: normalise + places + extract, \(script), 1 core",
                   Double(scriptBytes[script]!) / 1_048_576 / seconds, "MB/s", atLeast: script == "simplified" ? 50 : nil)
    }
    let mb = Double(bytes) / 1_048_576
    report.add("\(size) docs: read + decode + normalise", mb / read.seconds, "MB/s")
    report.add("\(size) docs: place matching", mb / places.seconds, "MB/s")
    if placePasses > 1 {
        // The same work again over documents already read: on a shared machine the best of several
        // passes says more about a change to place matching than one pass among the other stages.
        var best = UInt64.max
        for _ in 0 ..< placePasses {
            var pass = Stopwatch()
            for doc in kept {
                _ = pass.time { resolver.resolve(scalars: doc.scalars, paragraphs: doc.paragraphs.map(\.range), override: nil) }
            }
            best = min(best, pass.nanoseconds)
        }
        report.add("\(size) docs: place matching, best of \(placePasses) passes", mb / (Double(best) / 1e9), "MB/s")
    }
    report.add("\(size) docs: extraction", Double(files.count) / extract.seconds, "docs/s")
    report.add("\(size) docs: extraction (with attribution)", mb / extract.seconds, "MB/s")
    report.add("\(size) docs: normalise + places + extract, 1 core", mb / (read.seconds + places.seconds + extract.seconds), "MB/s", atLeast: 50)
    if stagesOnly { continue }

    let extraction = Extraction(facts: try FactTable(facts), documents: [], skipped: [], warnings: [])
    let build = try BriefBuild(config: BriefConfig(), gazetteer: gazetteer, fontsDirectory: URL(fileURLWithPath: "Fonts"))
    var totalsTime = Stopwatch()
    let totals = totalsTime.time { build.totals(extraction) }
    report.add("\(size) docs: totals (\(facts.count) facts)", totalsTime.seconds * 1000, "ms")
    let content = build.content(extraction, totals: totals)
    var layoutTime = Stopwatch(), pdfTime = Stopwatch()
    let pages = layoutTime.time { build.pages(content) }
    report.add("\(size) docs: layout (\(pages.count) pages)", Double(pages.count) / layoutTime.seconds, "pages/s")
    _ = try pdfTime.time { try build.pdf(pages, content: content) }
    report.add("\(size) docs: PDF", Double(pages.count) / pdfTime.seconds, "pages/s", atLeast: 500)
    if case .chart(let chart)? = content.sections.first(where: { $0.anchor == "charts" })?.blocks.first {
        var pngTime = Stopwatch()
        for _ in 0..<10 { _ = try pngTime.time { try build.chartPNG(chart, scale: 2) } }
        report.add("chart PNG at 2×", pngTime.seconds * 100, "ms", below: 10)
    }

    // End to end through the command line, both cores.
    let e2eOut = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-bench-\(size)").path
    let run = try measureFromFreshProcess(huizong, ["build", folder.path, "-o", e2eOut, "--quiet", "--jobs", "2"])
    report.add("\(size) docs: end to end, 2 cores", run.seconds, "s", below: size == 10000 ? 3 : nil)
    report.add("\(size) docs: peak memory", run.peakMB, "MB", below: size == 10000 ? 150 : nil)
    peaks.append((size, run.peakMB))
}
// How memory grows with the corpus, between the smallest and largest size measured.
if let small = peaks.first, let large = peaks.last, large.documents > small.documents {
    report.add("peak memory growth per 10,000 documents",
               (large.megabytes - small.megabytes) / Double(large.documents - small.documents) * 10_000, "MB")
}

if generateOnly { exit(0) }
if let dumpPath { try Data(dump.text.utf8).write(to: URL(fileURLWithPath: dumpPath)) }
try Data(report.json.utf8).write(to: URL(fileURLWithPath: out))
print("wrote \(out)")
