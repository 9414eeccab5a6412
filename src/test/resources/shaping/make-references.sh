#!/usr/bin/env bash
# Reference images for ShapingTests, made with HarfBuzz's hb-view (apt-get install libharfbuzz-bin)
# from the bundled fonts: each sample shaped by HarfBuzz (*.png) and, to show what unshaped text
# looks like, laid out glyph by glyph from the character map with HarfBuzz's fallback shaper
# (*-unshaped.png). 64 pixels to the em: 48 pt at 96 dpi.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
fonts="$here/../../../main/resources/fonts"
while IFS=$'\t' read -r name font text; do
	hb-view --font-size=64 --margin=8 --background=ffffff --foreground=000000 -O png \
		-o "$here/$name.png" "$fonts/$font" "$text"
	hb-view --font-size=64 --margin=8 --background=ffffff --foreground=000000 -O png --shapers=fallback \
		-o "$here/$name-unshaped.png" "$fonts/$font" "$text"
done <"$here/samples.tsv"
