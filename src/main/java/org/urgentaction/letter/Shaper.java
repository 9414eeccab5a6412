package org.urgentaction.letter;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Shapes text of the scripts whose letters combine (Indic conjuncts and vowel signs,
 * Thai, Burmese and Khmer clusters) with the JDK's own text layout, which applies the
 * font's OpenType tables with HarfBuzz: the glyphs and where they go, for
 * {@link ShapedTextDrawer} to draw. Thread-safe.
 */
final class Shaper {

	/** Positions in thousandths of an em, as PDF text space at a font size of 1000. */
	static final float EM = 1000f;

	/**
	 * The glyphs of a run of text: ids, positions (x, y pairs), the advance and, for each
	 * glyph, the text of the cluster it belongs to.
	 */
	record Shaped(String text, int[] glyphs, float[] positions, float advance, String[] clusters) {
	}

	private static final FontRenderContext EXACT = new FontRenderContext(null, false, true);

	private final Font font;

	Shaper(byte[] trueType) {
		try {
			this.font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(trueType)).deriveFont(EM);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("Not a TrueType font", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Shaped shape(String text) {
		char[] chars = text.toCharArray();
		GlyphVector vector = font.layoutGlyphVector(EXACT, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
		int count = vector.getNumGlyphs();
		int[] glyphs = vector.getGlyphCodes(0, count, null);
		float[] positions = vector.getGlyphPositions(0, count + 1, null);
		float advance = positions[2 * count];
		float[] placed = new float[2 * count];
		for (int i = 0; i < count; i++) {
			placed[2 * i] = positions[2 * i];
			// the JDK's y axis points down, PDF's up
			placed[2 * i + 1] = -positions[2 * i + 1];
		}
		return new Shaped(text, glyphs, placed, advance, clusters(text, vector.getGlyphCharIndices(0, count, null)));
	}

	/**
	 * Each glyph's cluster: from its first character to the next character a glyph starts
	 * at.
	 */
	private static String[] clusters(String text, int[] firstCharacters) {
		java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
		for (int index : firstCharacters) {
			starts.add(index);
		}
		String[] clusters = new String[firstCharacters.length];
		for (int i = 0; i < firstCharacters.length; i++) {
			Integer next = starts.higher(firstCharacters[i]);
			clusters[i] = text.substring(firstCharacters[i], (next == null) ? text.length() : next);
		}
		return clusters;
	}

}
