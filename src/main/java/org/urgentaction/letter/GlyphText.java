package org.urgentaction.letter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The text of each glyph drawn in a shaped font, written as the font's {@code /ToUnicode}
 * map: a glyph of one character is that character, a glyph the shaper made of several (a
 * conjunct, a ligature) is its cluster. Without it readers would drop such glyphs, and
 * with them any {@code /ActualText} they carry.
 */
final class GlyphText {

	private final CmapLookup characters;

	private final Map<Integer, String> texts = new TreeMap<>();

	GlyphText(TrueTypeFont font) {
		try {
			this.characters = font.getUnicodeCmapLookup();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void add(int glyph, String cluster) {
		texts.computeIfAbsent(glyph, (g) -> {
			List<Integer> own = characters.getCharCodes(g);
			return (own != null && !own.isEmpty()) ? Character.toString(own.get(0)) : cluster;
		});
	}

	/**
	 * Replaces the font's map; the CIDs of a subset are the glyph ids of the whole font.
	 */
	void writeTo(PDDocument document, PDType0Font font) throws IOException {
		StringBuilder cmap = new StringBuilder(256 + 24 * texts.size());
		cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
			.append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
			.append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
			.append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
		List<Map.Entry<Integer, String>> entries = List.copyOf(texts.entrySet());
		for (int start = 0; start < entries.size(); start += 100) {
			List<Map.Entry<Integer, String>> block = entries.subList(start, Math.min(start + 100, entries.size()));
			cmap.append(block.size()).append(" beginbfchar\n");
			for (Map.Entry<Integer, String> entry : block) {
				cmap.append(String.format("<%04X> <", entry.getKey()))
					.append(HexFormat.of()
						.withUpperCase()
						.formatHex(entry.getValue().getBytes(StandardCharsets.UTF_16BE)))
					.append(">\n");
			}
			cmap.append("endbfchar\n");
		}
		cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
		COSStream stream = document.getDocument().createCOSStream();
		try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
			out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
		}
		font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
	}

}
