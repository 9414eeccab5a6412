#!/usr/bin/env bash
# Makes the letter fonts in src/main/resources/fonts from Debian's Noto fonts: each script's
# font cut down to its script's characters (all OpenType layout features kept, so that the
# shaper forms conjuncts and clusters), the CJK fonts to a national character set each
# (cjk_characters.py) and given TrueType outlines (otf2ttf.py). Run after a change of the
# character sets or of the Noto version:
#
#   apt-get install fonts-noto-core fonts-noto-cjk fonttools
#   src/build/fonts/subset-fonts.sh            # --no-cjk: all but the CJK fonts (seconds, not minutes)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../main/resources/fonts"
noto=/usr/share/fonts/truetype/noto
cjk=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
python=${PYTHON:-/usr/bin/python3} # Debian's, with fontTools
common="U+0020,U+00A0,U+200B-200D,U+2010-2011,U+25CC"

# the ASCII punctuation and digits, and the quotes, that the fonts of shaped scripts have: drawn
# with the script's letters, they stay in the text's order
punctuation="U+0021-0040,U+005B-0060,U+007B-007E,U+00AB,U+00AD,U+00BB,U+00D7,U+00F7,U+2013-2014,U+2018-201D,U+2026"

subset() { # font, output name, unicodes
	pyftsubset "$1" --output-file="$out/$2" --unicodes="$common,$punctuation,$3" --layout-features='*' \
		--no-hinting --desubroutinize --name-IDs='*' --notdef-outline --drop-tables+=DSIG
}

subset "$noto/NotoSansDevanagari-Regular.ttf" NotoSansDevanagari-Regular.ttf "U+0900-097F,U+A8E0-A8FF,U+1CD0-1CFF,U+20B9"
subset "$noto/NotoSansBengali-Regular.ttf" NotoSansBengali-Regular.ttf "U+0980-09FF,U+0964-0965"
subset "$noto/NotoSansTamil-Regular.ttf" NotoSansTamil-Regular.ttf "U+0B80-0BFF,U+0964-0965"
subset "$noto/NotoSansSinhala-Regular.ttf" NotoSansSinhala-Regular.ttf "U+0D80-0DFF,U+111E0-111FF,U+0964-0965"
subset "$noto/NotoSansThai-Regular.ttf" NotoSansThai-Regular.ttf "U+0E00-0E7F"
subset "$noto/NotoSansMyanmar-Regular.ttf" NotoSansMyanmar-Regular.ttf "U+1000-109F,U+A9E0-A9FF,U+AA60-AA7F"
subset "$noto/NotoSansKhmer-Regular.ttf" NotoSansKhmer-Regular.ttf "U+1780-17FF,U+19E0-19FF"
subset "$noto/NotoSansEthiopic-Regular.ttf" NotoSansEthiopic-Regular.ttf "U+1200-139F,U+2D80-2DDF,U+AB00-AB2F,U+1E7E0-1E7FF"
subset "$noto/NotoSansHebrew-Regular.ttf" NotoSansHebrew-Regular.ttf "U+0590-05FF,U+FB1D-FB4F"
subset "$noto/NotoSansGeorgian-Regular.ttf" NotoSansGeorgian-Regular.ttf "U+10A0-10FF,U+1C90-1CBF,U+2D00-2D2F"
subset "$noto/NotoSansArmenian-Regular.ttf" NotoSansArmenian-Regular.ttf "U+0530-058F,U+FB13-FB17"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ "${1:-}" = --no-cjk ] && exit 0

# Noto Sans CJK Regular.ttc holds JP (0), KR (1), SC (2), TC (3), HK (4)
cjk_subset() { # font number, set, output name, extra unicodes
	local list
	list=$("$python" "$here/cjk_characters.py" "$2" | paste -sd,)
	pyftsubset "$cjk" --font-number="$1" --output-file="$tmp/$3.otf" --unicodes="$common,U+3000-303F,U+FF01-FF5E,$4,$list" \
		--layout-features='*' --no-hinting --name-IDs='*' --notdef-outline --drop-tables+=DSIG
	"$python" "$here/otf2ttf.py" "$tmp/$3.otf" "$out/$3"
}
cjk_subset 2 sc NotoSansSC-Regular.ttf "U+00B7"
cjk_subset 3 tc NotoSansTC-Regular.ttf "U+00B7"
cjk_subset 0 jp NotoSansJP-Regular.ttf "U+3040-30FF,U+31F0-31FF"
cjk_subset 1 kr NotoSansKR-Regular.ttf "U+3130-318F"
ls -l "$out"
