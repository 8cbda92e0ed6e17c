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

/// Finds figures in a scalar array: a number, optional qualifiers, a unit; skipping
/// dates, ordinals, ages, names and slogans in short quotes, book titles and idioms.
struct FigureScanner: Sendable {
    let units: UnitTable

    init(units: UnitTable = .standard) { self.units = units }

    /// Qualifier words written before a number, longest first.
    static let prefixWords: [([Unicode.Scalar], Qualifier)] = ([
        ("将近", .approx), ("接近", .approx), ("大约", .approx), ("超过", .atLeast), ("不少于", .atLeast),
        ("不低于", .atLeast), ("至少", .atLeast), ("逾", .atLeast), ("近", .approx), ("约", .approx),
        ("超", .atLeast),
    ] as [(String, Qualifier)]).map { (ScalarText.scalars($0.0), $0.1) }
    /// Qualifier words written after the unit.
    static let suffixWords: [([Unicode.Scalar], Qualifier)] = ([
        ("以上", .atLeast), ("左右", .approx), ("之多", .atLeast),
    ] as [(String, Qualifier)]).map { (ScalarText.scalars($0.0), $0.1) }
    /// Scalars that join the two ends of a range.
    static func isRangeSeparator(_ s: Unicode.Scalar) -> Bool {
        s == "至" || s == "到" || s == "—" || s == "–" || s == "-" || s == "~" || s == "～" || s == "－" || s == "―"
    }
    /// Scalars after a single-scalar counter that show the "figure" is part of a place name (二台子村, 七台河).
    static let nameTails: Set<Unicode.Scalar> = ["子", "村", "屯", "营", "里", "庄", "铺", "沟", "桥", "街", "路", "河", "区", "县", "市", "镇", "乡", "山", "湖", "岭"]
    static let percentWord = ScalarText.scalars("百分之")
    /// Counters that, after a lone Chinese digit, make a slogan rather than a count.
    static let abstractCounters: Set<String> = ["个", "项", "位", "条", "类", "种", "批", "期", "轮", "部", "门", "节", "本", "眼"]

    /// For each BMP scalar: may it start a figure or open a quotation or title?
    static let interesting: [Bool] = {
        var table = [Bool](repeating: false, count: 0x10000)
        for v in 0..<0x10000 {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            table[v] = NumeralTables.arabicDigit(s) != nil || NumeralTables.startsChineseFigure(s)
                || s == "百" || s == "千" || s == "万"
                || s == "《" || s == "“" || s == "「" || s == "『" || s == "‘" || s == "\""
        }
        return table
    }()

    /// Every figure of `t`, in order.
    func figures(in t: [Unicode.Scalar]) -> [Figure] {
        var out: [Figure] = []
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
                if let close = shortQuoteEnd(t, from: i) { i = close + 1; continue }
            }
            if isCandidateStart(t, i) {
                switch figure(t, at: i) {
                case .found(let f):
                    // A digit run too long for a Decimal (a hundred-digit "number", found by fuzzing)
                    // overflows to NaN: no report states such a figure, so it is not one.
                    if !f.value.isNaN && !(f.valueHigh?.isNaN ?? false) { out.append(f) }
                    i = max(f.end, i + 1)
                case .skip(let to):
                    i = max(to, i + 1)
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
    enum Outcome { case found(Figure), skip(to: Int) }

    @inline(__always)
    func isCandidateStart(_ t: [Unicode.Scalar], _ i: Int) -> Bool {
        let s = t[i]
        if NumeralTables.arabicDigit(s) != nil { return true }
        if NumeralTables.startsChineseFigure(s) { return true }
        return s == "百" || s == "千" || s == "万"
    }

    /// Reads the figure starting at `i`, or says how far to skip.
    func figure(_ t: [Unicode.Scalar], at i: Int) -> Outcome {
        let n = t.count
        let prev: Unicode.Scalar? = i > 0 ? t[i - 1] : nil
        let isArabic = NumeralTables.arabicDigit(t[i]) != nil
        // 百分之九十五
        if t[i] == "百", ScalarText.matches(Self.percentWord, in: t, at: i, limit: n), i + 3 < n {
            let k = i + 3
            let num = NumeralTables.arabicDigit(t[k]) != nil ? NumberParser.arabic(t, at: k, limit: n)
                                                           : NumberParser.chinese(t, at: k, limit: n)
            guard let num else { return .skip(to: k) }
            var end = num.end
            var q = prefixQualifier(t, before: i)
            if let (len, sq) = suffixQualifier(t, at: end) { end += len; q = q == .exact ? sq : q }
            return .found(Figure(start: i, end: end, unitRange: i..<(i + 3), value: num.value, valueHigh: nil,
                                 unit: "%", kind: .percent, qualifier: q))
        }
        if let p = prev, NumeralTables.isChineseNumeral(p) && !isArabic { return .skip(to: i + 1) }
        guard let num = isArabic ? NumberParser.arabic(t, at: i, limit: n) : NumberParser.chinese(t, at: i, limit: n) else {
            return .skip(to: runEnd(t, from: i))
        }
        if !prefixAllows(t, at: i, arabic: isArabic) { return .skip(to: num.end) }

        var value = num.value
        var q: Qualifier = num.atLeast ? .atLeast : .exact
        var j = num.end
        // 余/多/来 between number and unit; then a multiplier may still follow (十多万).
        if j < n, t[j] == "余" || t[j] == "多" || (t[j] == "来" && num.chinese) {
            q = t[j] == "来" ? .approx : .atLeast
            j += 1
            if j < n, let e = NumeralTables.largeUnitExponent(t[j]) { value *= NumberParser.powers[e]; j += 1 }
        }
        let prefixQ = prefixQualifier(t, before: i)
        if num.bare {
            // A bare 百/千/万 is a figure only when qualified: 千余份, 近万人, 上百名.
            let prefixed = prefixQ != .exact || prev == "上" || prev == "数"
            if prev == "数" || prev == "几" { return .skip(to: j) }
            if q == .exact && !prefixed { return .skip(to: j) }
            if prev == "上" && q == .exact { q = .atLeast }
        }
        // 数十, 几百: vague amounts. (After Arabic digits 数 is a noun's end: 人数4986人.)
        if num.chinese && (prev == "数" || prev == "几") { return .skip(to: j) }

        // Text copied from PDFs often has a space before the unit (`2.8 万余条`, `72.4 %`).
        if j + 1 < n && ScalarText.isSpace(t[j]) && !num.chinese {
            if let e = NumeralTables.largeUnitExponent(t[j + 1]) {
                value *= NumberParser.powers[e]
                j += 2
                if j < n && (t[j] == "余" || t[j] == "多") { if q == .exact { q = .atLeast }; j += 1 }
            } else if units.match(t, at: j + 1, limit: n) != nil || t[j + 1] == "余" || t[j + 1] == "多" {
                j += 1
                if t[j] == "余" || t[j] == "多" { if q == .exact { q = .atLeast }; j += 1 }
            }
        }
        var unitEntry = units.match(t, at: j, limit: n)
        var unitStart = j
        var high: Decimal? = nil
        if unitEntry == nil, j < n, t[j] == "成", let f = tenths(t, num: num, value: value, at: j) {
            return .found(Figure(start: i, end: f.end, unitRange: j..<(j + 1), value: f.value, valueHigh: nil,
                                 unit: "%", kind: .percent, qualifier: merge(prefixQ, f.q)))
        }
        // Ranges: 1—2件, 10至20户, 3-5万元, 10户至20户.
        if j < n, Self.isRangeSeparator(t[j]) || (unitEntry != nil && j + (unitEntry!.written.count) < n
                                                  && Self.isRangeSeparator(t[j + unitEntry!.written.count])) {
            let sepAt = unitEntry == nil ? j : j + unitEntry!.written.count
            let k = sepAt + 1
            if k < n, let second = secondNumber(t, at: k, arabic: isArabic) {
                let secondUnit = units.match(t, at: second.end, limit: n)
                if let su = secondUnit, unitEntry == nil || unitEntry!.written == su.written {
                    var low = value
                    if num.exponent == 0 && second.exponent > 0 { low *= NumberParser.powers[second.exponent] }
                    if low < second.value {
                        value = low
                        high = second.value
                        unitEntry = su
                        unitStart = second.end
                        q = .range
                    }
                }
            }
        }
        if unitEntry == nil, let implied = impliedUnit(t, at: j, num: num) {
            // `惠及1.2万群众`: people counted without a counter; the noun is the head, the unit 人.
            unitEntry = implied
            unitStart = j
        }
        guard let unit = unitEntry else { return .skip(to: j) }
        var end = unitStart + (unit.implied ? 0 : unit.written.count)
        if unit.kind == .notAFigure { return .skip(to: end) }
        // A count of zero (0名) says nothing to total; a rate of 0% does.
        if value == 0 && unit.kind != .percent { return .skip(to: end) }
        // Whole things are not counted in fractions: `6.1人力资源配置` is a section number.
        if unit.discrete && !num.hasMultiplier && high == nil && Self.hasFraction(value) { return .skip(to: end) }
        // Reduplicated counters (一张张, 一个个) and slogans (四个一批, 三个100%; but 7个一级网格 is a figure).
        if end < n {
            let next = t[end]
            if unit.written.count == 1 && next == unit.written[0] { return .skip(to: end) }
            if num.chinese && unit.written == [Unicode.Scalar("个")]
                && (NumeralTables.chineseDigit(next) != nil || NumeralTables.arabicDigit(next) != nil) {
                return .skip(to: end)
            }
            if num.chinese && unit.written.count == 1 && unit.base != "个" && Self.nameTails.contains(next) { return .skip(to: end) }
        }
        if num.chinese && num.singleChineseDigit && high == nil {
            // 一 is an article (一头小牛犊); a lone digit with an abstract counter is a slogan
            // (三个代表, 两个维护, 八项规定, 五位一体): statistics are written 3个, 8项.
            if num.value == 1 || Self.abstractCounters.contains(unit.base) { return .skip(to: end) }
            // Counting uses 两 (两次, 两座); 二 before a counter is an ordinal (二次供水, 二期工程).
            if t[i] == "二" { return .skip(to: end) }
        }
        if (prev == "前" || prev == "后") && (unit.base == "名" || unit.base == "位") { return .skip(to: end) }
        if q != .range {
            if let (len, sq) = suffixQualifier(t, at: end) { end += len; if q == .exact { q = sq } }
            q = merge(prefixQ, q)
        }
        return .found(Figure(start: i, end: end, unitRange: unitStart..<end,
                             value: unit.identity ? value : value * unit.factor,
                             valueHigh: unit.identity ? high : high.map { $0 * unit.factor },
                             unit: unit.base, kind: unit.kind, qualifier: q))
    }
}
