import Foundation

/// A number with its unit and qualifier, before context (metric, status, scope) is read.
struct Figure: Sendable {
    /// Offset of the first scalar of the number (or of 百分之).
    var start: Int
    /// Offset just past the unit and any trailing qualifier.
    var end: Int
    /// Offsets of the unit as written.
    var unitRange: Range<Int>
    var value: Decimal
    var valueHigh: Decimal?
    /// Base unit (`元`, `件`, `%`…).
    var unit: String
    var kind: UnitKind
    var qualifier: Qualifier
}

/// What one scan of a text found: its figures, and the numbers refused because no Decimal holds them exactly.
struct ScanResult {
    var figures: [Figure] = []
    /// Offsets of numbers too long or too large to read exactly (refused rather than rounded).
    var refused: [Range<Int>] = []
}

/// Finds figures in a scalar array: a number, optional qualifiers, a unit; skipping
/// dates, ordinals, ages, names and slogans in short quotes, book titles and idioms.
///
/// The pieces: NumberParser reads the number; UnitTable the unit; the extensions read the forms
/// around them — ranges and approximations (+Ranges), shares and multiples (+Shares), money below
/// the yuan and implied units (+Units), and the guards (+Guards). Word lists are in FigureWords.
struct FigureScanner: Sendable {
    let units: UnitTable

    init(units: UnitTable = .standard) { self.units = units }

    /// Counters that, after a lone Chinese digit, make a slogan rather than a count.
    static let abstractCounters: Set<String> = ["个", "项", "位", "条", "类", "种", "批", "期", "轮", "部", "门", "节", "本", "眼"]

    /// For each BMP scalar: may it start a figure or open a quotation or title?
    static let interesting: [Bool] = {
        var table = [Bool](repeating: false, count: 0x10000)
        for v in 0..<0x10000 {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            table[v] = NumeralTables.arabicDigit(s) != nil || NumeralTables.startsChineseFigure(s)
                || NumeralTables.largeUnitExponent(s) != nil || s == "百" || s == "千" || s == "零"
                || s == "《" || s == "“" || s == "「" || s == "『" || s == "‘" || s == "\""
        }
        return table
    }()

    /// Every figure of `t`, in order.
    func figures(in t: [Unicode.Scalar]) -> [Figure] { scan(t).figures }

    /// Every figure of `t`, in order, and the numbers refused.
    func scan(_ t: [Unicode.Scalar]) -> ScanResult {
        var out = ScanResult()
        let n = t.count
        var i = 0
        let interesting = Self.interesting
        while i < n {
            // Most scalars can neither start a figure nor open a quote or title: one table look-up
            // each skips them, in a loop over raw buffers.
            i = Self.nextInteresting(t, from: i, table: interesting)
            if i == n { break }
            let s = t[i]
            // Names, slogans and titles: numbers inside them are not facts.
            if s == "《" {
                if let close = closing(t, from: i, close: "》", within: 80) { i = close + 1; continue }
            } else if s == "“" || s == "「" || s == "『" || s == "‘" || s == "\"" {
                // A quoted figure (“5.5%左右”, “扩招200万人”) is read; a quoted name or slogan skipped.
                if let close = shortQuoteEnd(t, from: i), !quoteStatesFigure(t, i + 1..<close) { i = close + 1; continue }
                i += 1
                continue
            }
            if isCandidateStart(t, i) {
                switch figure(t, at: i) {
                case .found(let f):
                    // Every step is exact (ExactDecimal), so no NaN should reach here; one that did would
                    // be reported, not written to facts.csv.
                    if f.value.isNaN || (f.valueHigh?.isNaN ?? false) || (f.valueHigh.map { $0 < f.value } ?? false) {
                        out.refused.append(f.start..<f.end)
                    } else {
                        out.figures.append(f)
                    }
                    i = max(f.end, i + 1)
                case .skip(let to):
                    i = max(to, i + 1)
                case .refused(let range):
                    out.refused.append(range)
                    i = max(range.upperBound, i + 1)
                }
                continue
            }
            i += 1
        }
        return out
    }

    /// The first offset at or after `from` whose scalar is interesting (or outside the BMP), else `t.count`.
    private static func nextInteresting(_ t: [Unicode.Scalar], from: Int, table: [Bool]) -> Int {
        t.withUnsafeBufferPointer { text in
            table.withUnsafeBufferPointer { table in
                var i = from
                while i < text.count {
                    let v = text[i].value
                    if v >= 0x10000 || table[Int(v)] { return i }
                    i += 1
                }
                return i
            }
        }
    }

    /// The outcome of reading at one candidate position.
    enum Outcome { case found(Figure), skip(to: Int), refused(Range<Int>) }

    @inline(__always)
    func isCandidateStart(_ t: [Unicode.Scalar], _ i: Int) -> Bool {
        let s = t[i]
        if NumeralTables.arabicDigit(s) != nil { return true }
        if NumeralTables.startsChineseFigure(s) { return true }
        if s == "零" { return i + 1 < t.count && NumeralTables.isChinesePoint(t[i + 1]) }
        return s == "百" || s == "千" || NumeralTables.largeUnitExponent(s) != nil
    }

    /// Reads the figure starting at `i`, or says how far to skip.
    func figure(_ t: [Unicode.Scalar], at i: Int) -> Outcome {
        let n = t.count
        let prev: Unicode.Scalar? = i > 0 ? t[i - 1] : nil
        let isArabic = NumeralTables.arabicDigit(t[i]) != nil
        // 百分之九十五, 百分百
        if t[i] == "百" || t[i] == "千", let share = percentWord(t, at: i) { return share }
        if let p = prev, NumeralTables.isChineseNumeral(p) && !isArabic { return .skip(to: i + 1) }
        guard let num = NumberParser.read(t, at: i, limit: n) else { return .skip(to: runEnd(t, from: i)) }
        if num.overflow { return .refused(i..<max(num.end, runEnd(t, from: i))) }
        if !prefixAllows(t, at: i, arabic: isArabic) { return .skip(to: num.end) }

        var value = num.value
        var high = num.high
        var q: Qualifier = num.atLeast ? .atLeast : (num.approx ? .approx : .exact)
        var j = num.end
        // 余/多/来 between number and unit; then a multiplier may still follow (十多万).
        // (300来人: after Arabic digits 来 needs a unit or 万 after it, so 2019来 stays a year.)
        let aboutAfterDigits = j + 1 < n && NumeralTables.isAboutMark(t[j])
            && (units.match(t, at: j + 1, limit: n) != nil || NumeralTables.largeUnitExponent(t[j + 1]) != nil)
        if j < n, NumeralTables.isMoreMark(t[j]) || (NumeralTables.isAboutMark(t[j]) && (num.chinese || aboutAfterDigits)) {
            q = NumeralTables.isAboutMark(t[j]) ? .approx : .atLeast
            j += 1
            if j < n, let e = NumeralTables.largeUnitExponent(t[j]) {
                guard let v = ExactDecimal.scale(value, by: e) else { return .refused(i..<j) }
                value = v
                high = high.flatMap { ExactDecimal.scale($0, by: e) }
                j += 1
            }
        }
        if high != nil { q = .range }
        let prefixQ = prefixQualifier(t, before: i)
        // 数百 100–999, 数十万: an order of magnitude, a range (LABELS.md §2).
        // (总数三千人: after 数 a number with digits is read as written.)
        if prev == "数" && num.chinese && num.digitless {
            guard high == nil, let top = ExactDecimal.scale(value, by: 1) else { return .skip(to: j) }
            high = top - 1
            q = .range
        } else if num.bare {
            // A bare 百/千/万 is a figure only when qualified: 千余份, 近万人, 上百名, 成千上万.
            if prev == "几" { return .skip(to: j) }
            if prev == "成" && t[i] == "千" && ScalarText.matches(Self.thousandsUpon, in: t, at: j, limit: n) {
                j += Self.thousandsUpon.count
                q = .atLeast
            } else if prev == "上" {
                if q == .exact { q = .atLeast }
            } else if q == .exact && prefixQ == .exact {
                return .skip(to: j)
            }
        }
        // 几百: vague amounts. (After Arabic digits 数 is a noun's end: 人数4986人.)
        if num.chinese && prev == "几" { return .skip(to: j) }

        // Text copied from PDFs often has a space before the unit (`2.8 万余条`, `72.4 %`).
        if j + 1 < n && ScalarText.isSpace(t[j]) && !num.chinese {
            if let e = NumeralTables.largeUnitExponent(t[j + 1]) {
                guard let v = ExactDecimal.scale(value, by: e) else { return .refused(i..<j) }
                value = v
                j += 2
                if j < n && NumeralTables.isMoreMark(t[j]) { if q == .exact { q = .atLeast }; j += 1 }
            } else if units.match(t, at: j + 1, limit: n) != nil || NumeralTables.isMoreMark(t[j + 1]) {
                j += 1
                if NumeralTables.isMoreMark(t[j]) { if q == .exact { q = .atLeast }; j += 1 }
            }
        }
        // Shares and multiples: 四成, 1.3倍, 翻一番.
        if let share = share(t, num: num, value: value, start: i, at: j, prefix: prefixQ) { return .found(share) }

        var unitEntry = units.match(t, at: j, limit: n)
        var unitStart = j
        // Ranges: 1—2件, 10至20户, 3-5万元, 10户至20户, 三百到四百万元, 3万(含)-6万元, 10余至20余.
        if high == nil, let r = range(t, num: num, low: value, unit: unitEntry, at: j) {
            value = r.low
            high = r.high
            unitEntry = r.unit
            unitStart = r.unitStart
            q = .range
        }
        if unitEntry == nil, let implied = impliedUnit(t, at: unitStart, start: i, num: num) {
            // `惠及1.2万群众`, `培训农民100万`, `资金总量达7.26亿`, `￥450`: the unit is left out.
            unitEntry = implied
        }
        guard var unit = unitEntry else { return .skip(to: j) }
        var end = unitStart + (unit.implied ? 0 : unit.written.count)
        if unit.kind == .notAFigure { return .skip(to: end) }
        if blockedByContext(t, before: i) { return .skip(to: end) }
        if unit.arabicOnly && num.chinese { return .skip(to: end) }
        // 八块四毛, 月收入六七千块: 块 is money when money is talked about.
        if unit.base == "块" && blockIsMoney(t, start: i, unitEnd: end) { unit = UnitTable.yuan }
        // A count of zero (0名) says nothing to total; a rate of 0% does.
        if value == 0 && unit.kind != .percent { return .skip(to: end) }
        // Whole things are not counted in fractions: `6.1人力资源配置` is a section number.
        if unit.discrete && !num.hasMultiplier && high == nil && Self.hasFraction(value) { return .skip(to: end) }
        if let skip = counterGuards(t, num: num, unit: unit, start: i, end: end, range: high != nil) { return .skip(to: skip) }
        if (prev == "前" || prev == "后") && (unit.base == "名" || unit.base == "位") { return .skip(to: end) }
        // 86元3角5分, 两吨半: the parts below the unit.
        // (Not on a range: 1.2-1.3元5角 would lift the low end past the high one.)
        if high == nil, let (extra, after) = belowUnit(t, unit: unit, at: end) {
            value += extra
            end = after
        }
        if unit.kind == .money, let k = ScalarText.firstStarting(FigureWords.currencyAfter, in: t, at: end, limit: n) {
            end += FigureWords.currencyAfter[k].count
        }
        let unitEnd = end
        if q != .range {
            if let (len, sq) = suffixQualifier(t, at: end) { end += len; if q == .exact { q = sq } }
            q = merge(prefixQ, q)
            if q == .exact, let distant = distantQualifier(t, before: i) { q = distant }
        } else if let (len, _) = suffixQualifier(t, at: end) {
            end += len
        }
        return .found(Figure(start: i, end: end, unitRange: unitStart..<unitEnd,
                             value: unit.identity ? value : value * unit.factor,
                             valueHigh: unit.identity ? high : high.map { $0 * unit.factor },
                             unit: unit.base, kind: unit.kind, qualifier: q))
    }

    /// 成千上万: after 成千.
    static let thousandsUpon = ScalarText.scalars("上万")
}
