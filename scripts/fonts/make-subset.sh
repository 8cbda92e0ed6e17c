#!/bin/sh
# Rebuilds Fonts/NotoSansCJKsc-Regular.subset.otf and -Bold.subset.otf from Debian's fonts-noto-cjk.
#
# Usage: scripts/fonts/make-subset.sh [EXTRA_TEXT_FILE ...]
#   Run from the package root. Needs fonttools (pip install fonttools) and fonts-noto-cjk.
#   Every character of the seeds/ articles, of the gazetteer (region names) and of any
#   EXTRA_TEXT_FILE is kept on top of the fixed character set below, so place names outside
#   GB2312 still render.
set -eu

SRC_DIR=${NOTO_CJK_DIR:-/usr/share/fonts/opentype/noto}
OUT_DIR=Fonts
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# The character list: GB2312 (all 6,763 hanzi and its symbols) computed with Python's gb2312 codec,
# plus the ranges below, plus every character of the seeds and extra files.
GAZETTEER=Sources/HuizongPlaces/Data/gazetteer.tsv
python3 - "$WORK/chars.txt" seeds/*.txt "$GAZETTEER" "$@" <<'PY'
import sys
out, files = sys.argv[1], sys.argv[2:]
chars = set()
# GB2312: every code point the codec can encode (double-byte part).
for cp in range(0x80, 0x10000):
    if 0xD800 <= cp <= 0xDFFF:
        continue
    ch = chr(cp)
    try:
        ch.encode("gb2312")
        chars.add(cp)
    except UnicodeEncodeError:
        pass
ranges = [
    (0x20, 0x7E),      # ASCII
    (0xA0, 0xFF),      # Latin-1 supplement
    (0x2000, 0x206F),  # general punctuation (—, …, ‰, ›, word joiner)
    (0x2070, 0x209F),  # super/subscripts
    (0x20A0, 0x20BF),  # currency signs
    (0x2100, 0x214F),  # letterlike (℃, №)
    (0x2150, 0x218F),  # number forms (Ⅰ Ⅱ …)
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # math operators (≥ ≈ ≤ ×)
    (0x2460, 0x24FF),  # enclosed alphanumerics (① …)
    (0x2500, 0x257F),  # box drawing
    (0x25A0, 0x25FF),  # geometric shapes (□ ■ ●)
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3200, 0x32FF),  # enclosed CJK (㈠)
    (0xFE10, 0xFE1F),  # vertical forms
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # half/full-width forms
]
for lo, hi in ranges:
    chars.update(range(lo, hi + 1))
for path in files:
    try:
        with open(path, encoding="utf-8", errors="ignore") as f:
            chars.update(ord(c) for c in f.read() if ord(c) >= 0x20)
    except FileNotFoundError:
        pass
with open(out, "w") as f:
    f.write(",".join("U+%04X" % cp for cp in sorted(chars)))
print(len(chars), "code points")
PY

for weight in Regular Bold; do
  pyftsubset "$SRC_DIR/NotoSansCJK-$weight.ttc" \
    --font-number=2 \
    --unicodes-file="$WORK/chars.txt" \
    --layout-features-=locl \
    --desubroutinize \
    --name-IDs='*' --name-languages='*' --name-legacy \
    --notdef-outline \
    --output-file="$OUT_DIR/NotoSansCJKsc-$weight.subset.otf"
done
ls -l "$OUT_DIR"/*.otf
