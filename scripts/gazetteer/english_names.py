"""English names of divisions for the brief in --lang en and for `huizong regions`: pinyin.

The form is what English-language reporting on China writes: the proper name in pinyin as one
word, capitalised, without tone marks, with an apostrophe where a syllable starting with a, o or e
would run into the one before (Xi'an, Lu'an, Dong'e), ü kept (Lüliang), and the generic part
translated: 赤峰市 → Chifeng City, 红山区 → Hongshan District, 兴和县 → Xinghe County,
锡林郭勒盟 → Xilinguole League, 阿勒泰地区 → Aletai Prefecture, 乌拉特前旗 → Wulate Front Banner,
大理白族自治州 → Dali Bai Autonomous Prefecture. Provinces, autonomous regions and municipalities
are named alone (Hebei, Guangxi, Beijing), and the five that English has its own word for are
written so (Inner Mongolia, Tibet, Hong Kong, Macao, Shaanxi, which pinyin would make a second
Shanxi). Names from Mongolian, Uygur or Tibetan stay in pinyin (Huhehaote, not Hohhot): the
national standard for romanising place names (GB/T 16159) writes them so, and a table of
conventional spellings would be a second source to keep.

Syllables come from pypinyin (MIT, https://github.com/mozillazg/python-pinyin), which reads
characters in context from its phrase dictionary. Place names keep old readings that a general
dictionary gets wrong; `READINGS` and `PHRASE_READINGS` correct them. Each was checked against
the Xinhua dictionary's and the Ministry of Civil Affairs' place-name readings (e.g. 长治 Changzhi,
六合 Luhe, 浚县 Xunxian, 洪洞 Hongtong, 珲春 Hunchun, 闵行 Minhang).
"""
import os
import re
import sys
import zipfile

# A character read one way in every division name (pypinyin's phrases say otherwise for some):
# 都 du (成都, 宁都, 莲都…, never dou), 勒 le (锡林郭勒, 阿勒泰, 库尔勒), 什 shi (喀什, 什邡, 克什克腾),
# 长 chang (长治, 长白, 长宁, 天长…; 长子 below is the one zhang).
# 朝 chao (朝阳 in Beijing and Liaoning alike, 朝天).
READINGS = {"都": "du", "勒": "le", "什": "shi", "长": "chang", "朝": "chao"}

# Readings of one name, applied after READINGS (where both apply, these win).
PHRASE_READINGS = {
    "长子": "zhang zi",
    "六合": "lu he",
    "南乐": "nan le", "民乐": "min le",
    "蚌山": "beng shan",
    "单县": "shan xian",
    "浚县": "xun xian",
    "洪洞": "hong tong",
    "涡阳": "guo yang",
    "筠连": "jun lian",
    "荥经": "ying jing",
    "珲春": "hun chun",
    "闵行": "min hang",
    "繁峙": "fan shi",
    "召陵": "shao ling",
    "万柏林": "wan bai lin",
    "红寺堡": "hong si bu",
    "龙圩": "long xu",
    "伽师": "jia shi",
}

# Province-level names English has its own word for.
CONVENTIONAL = {
    "内蒙古自治区": "Inner Mongolia", "西藏自治区": "Tibet", "香港特别行政区": "Hong Kong",
    "澳门特别行政区": "Macao", "陕西省": "Shaanxi",
}

# The ethnic groups of autonomous areas, in the English the areas' official names use.
ETHNIC_EN = {
    "蒙古族": "Mongol", "蒙古": "Mongol", "藏族": "Tibetan", "回族": "Hui", "维吾尔族": "Uygur",
    "维吾尔": "Uygur", "苗族": "Miao", "彝族": "Yi", "壮族": "Zhuang", "布依族": "Bouyei",
    "朝鲜族": "Korean", "满族": "Manchu", "侗族": "Dong", "瑶族": "Yao", "白族": "Bai",
    "土家族": "Tujia", "哈尼族": "Hani", "哈萨克族": "Kazak", "哈萨克": "Kazak", "傣族": "Dai",
    "黎族": "Li", "傈僳族": "Lisu", "佤族": "Va", "畲族": "She", "高山族": "Gaoshan", "拉祜族": "Lahu",
    "水族": "Sui", "东乡族": "Dongxiang", "纳西族": "Naxi", "景颇族": "Jingpo", "柯尔克孜族": "Kirgiz",
    "柯尔克孜": "Kirgiz", "土族": "Tu", "达斡尔族": "Daur", "仫佬族": "Mulao", "羌族": "Qiang",
    "布朗族": "Blang", "撒拉族": "Salar", "毛南族": "Maonan", "仡佬族": "Gelao", "锡伯族": "Xibe",
    "锡伯": "Xibe", "阿昌族": "Achang", "普米族": "Pumi", "塔吉克族": "Tajik", "塔吉克": "Tajik",
    "怒族": "Nu", "乌孜别克族": "Uzbek", "俄罗斯族": "Russian", "鄂温克族": "Ewenki",
    "鄂温克": "Ewenki", "德昂族": "De'ang", "保安族": "Bonan", "裕固族": "Yugur", "京族": "Gin",
    "塔塔尔族": "Tatar", "独龙族": "Derung", "鄂伦春族": "Oroqen", "鄂伦春": "Oroqen",
    "赫哲族": "Hezhen", "门巴族": "Monba", "珞巴族": "Lhoba", "基诺族": "Jino", "各族": "Multi-ethnic",
}
ETHNIC_LONGEST_FIRST = sorted(ETHNIC_EN, key=lambda s: (-len(s), s))

# Generic parts of names below the province, longest first, their English, and the shortest
# proper name they follow: 神农架林区 is a forestry district, 碑林区 and 万柏林区 are districts,
# 清新区 is 清新 District.
SUFFIXES = [
    ("自治州", "Autonomous Prefecture", 0), ("自治县", "Autonomous County", 0),
    ("自治旗", "Autonomous Banner", 0), ("地区", "Prefecture", 2), ("林区", "Forestry District", 3),
    ("特区", "Special District", 2), ("矿区", "Mining District", 2), ("新区", "New Area", 2),
    ("市", "City", 1), ("县", "County", 1), ("区", "District", 1), ("旗", "Banner", 1), ("盟", "League", 1),
]

# Directions in banner and county names (乌拉特前旗, 科尔沁左翼中旗, 喀喇沁左翼蒙古族自治县).
WINGS = [("左翼", "Left Wing"), ("右翼", "Right Wing")]
BANNER_SIDES = {"前": "Front", "中": "Middle", "后": "Rear", "左": "Left", "右": "Right"}


def load_pypinyin(wheel, cache):
    """Unpacks the pinned wheel once (pypinyin reads its data files from disk, not from a zip)."""
    target = os.path.join(cache, os.path.basename(wheel)[:-4])
    if not os.path.isdir(os.path.join(target, "pypinyin")):
        zipfile.ZipFile(wheel).extractall(target)
    sys.path.insert(0, target)
    import pypinyin
    return pypinyin


class EnglishNames:
    def __init__(self, wheel, cache):
        self.pypinyin = load_pypinyin(wheel, cache)

    def syllables(self, text):
        """One toneless syllable per character, in context, with the corrections above."""
        out = self.pypinyin.lazy_pinyin(text, v_to_u=True)
        if len(out) != len(text):
            sys.exit(f"{text}: pypinyin gave {len(out)} syllables for {len(text)} characters")
        out = [READINGS.get(c, s) for c, s in zip(text, out)]
        for phrase, reading in PHRASE_READINGS.items():
            start = text.find(phrase)
            while start >= 0:
                out[start:start + len(phrase)] = reading.split()
                start = text.find(phrase, start + 1)
        return out

    @staticmethod
    def word(parts):
        """`xi lin guo le` → `Xilinguole`, `lu an` → `Lu'an`: one capitalised word."""
        joined = parts[0] + "".join(("'" + s if s[0] in "aoe" else s) for s in parts[1:])
        return joined[:1].upper() + joined[1:]

    def name(self, chinese, level):
        # Syllables of the whole name, so the generic part gives context (朝阳区, 单县, 浚县);
        # the proper name is always the start of the name.
        syllables = self.syllables(chinese)
        if chinese in CONVENTIONAL:
            return CONVENTIONAL[chinese]
        if level == "p":
            stem = re.sub(r"(特别行政区|自治区|省|市)$", "", chinese)
            return self.word(syllables[: len(strip_ethnic(stem)[0])])
        for suffix, english, shortest in SUFFIXES:
            if chinese.endswith(suffix) and len(chinese) - len(suffix) >= max(shortest, 1):
                stem, generic = chinese[: -len(suffix)], english
                break
        else:
            sys.exit(f"{chinese}: no known generic part (市, 县, 区…)")
        words = []
        if suffix.startswith("自治"):
            stem, groups = strip_ethnic(stem)
            words = [join_english([ETHNIC_EN[g] for g in groups])] if groups else []
        for wing, english in WINGS:
            if stem.endswith(wing) and len(stem) > len(wing):
                stem, words = stem[: -len(wing)], [english] + words
        if suffix == "旗" and stem[-1:] in BANNER_SIDES and len(stem) >= 3:
            # 乌拉特前旗, 科尔沁左翼中旗 (a wing before the side: Left Wing Middle Banner).
            stem, side = stem[:-1], BANNER_SIDES[stem[-1]]
            for wing, english in WINGS:
                if stem.endswith(wing):
                    stem, side = stem[: -len(wing)], english + " " + side
            words = [side] + words
        head = [self.word(syllables[: len(stem)])] if stem else []
        return " ".join(head + words + [generic])


def strip_ethnic(stem):
    """`阿坝藏族羌族` → (`阿坝`, [藏族, 羌族]); `鄂伦春` → (``, [鄂伦春])."""
    groups = []
    changed = True
    while changed:
        changed = False
        for e in ETHNIC_LONGEST_FIRST:
            if stem.endswith(e):
                stem, groups = stem[: -len(e)], [e] + groups
                changed = True
                break
    return stem, groups


def join_english(names):
    """Mongol; Tibetan and Qiang; Bonan, Dongxiang and Salar."""
    unique = list(dict.fromkeys(names))
    return unique[0] if len(unique) == 1 else ", ".join(unique[:-1]) + " and " + unique[-1]
