package org.urgentaction.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The TrueType fonts shipped in {@code classpath:fonts/} (licences in
 * {@code fonts/LICENSE-DejaVu.txt} and {@code fonts/LICENSE-Noto.txt}). Parsing a font
 * takes longer than laying out a letter, so parsed fonts are kept in a small pool: a
 * parsed font is not safe for two threads at once, and each render borrows a set of its
 * own.
 */
final class BundledFonts {

	record Face(String family, int weight, String file) {
	}

	static final List<Face> FACES = List.of(new Face("Serif", 400, "DejaVuSerif.ttf"),
			new Face("Serif", 700, "DejaVuSerif-Bold.ttf"), new Face("SansSerif", 400, "DejaVuSans.ttf"),
			new Face("SansSerif", 700, "DejaVuSans-Bold.ttf"), new Face("arabic", 400, "NotoNaskhArabic-Regular.ttf"),
			new Face("arabic", 700, "NotoNaskhArabic-Bold.ttf"));

	private final Map<Face, byte[]> files = new HashMap<>();

	private final BlockingQueue<Map<Face, TrueTypeFont>> pool;

	private final CmapLookup serifCharacters;

	private final List<CmapLookup> allCharacters;

	BundledFonts(int poolSize) {
		this.pool = new ArrayBlockingQueue<>(poolSize);
		for (Face face : FACES) {
			files.put(face, read(face.file()));
		}
		try {
			this.serifCharacters = cmap(FACES.get(0));
			this.allCharacters = List.of(serifCharacters, cmap(FACES.get(2)), cmap(FACES.get(4)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether the serif face has a glyph for every character of {@code text} (white space
	 * and invisible format characters aside).
	 */
	boolean serifCovers(String text) {
		return text.codePoints()
			.allMatch((c) -> c < 0x80 || Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT
					|| serifCharacters.getGlyphId(c) != 0);
	}

	/**
	 * Whether some bundled font has a glyph for {@code codePoint}.
	 */
	boolean hasGlyph(int codePoint) {
		return allCharacters.stream().anyMatch((cmap) -> cmap.getGlyphId(codePoint) != 0);
	}

	private CmapLookup cmap(Face face) throws IOException {
		return new TTFParser().parse(new RandomAccessReadBuffer(files.get(face))).getUnicodeCmapLookup();
	}

	/**
	 * A set of parsed fonts for one render; give it back with {@link #giveBack(Map)}.
	 */
	Map<Face, TrueTypeFont> borrow() {
		Map<Face, TrueTypeFont> parsed = pool.poll();
		return (parsed != null) ? parsed : parseAll();
	}

	void giveBack(Map<Face, TrueTypeFont> parsed) {
		if (!pool.offer(parsed)) {
			parsed.values().forEach(BundledFonts::closeQuietly);
		}
	}

	/**
	 * Registers every face for {@code document}, embedded as a subset and created only
	 * when the layout asks for it; italic text uses the upright face rather than a
	 * machine font.
	 */
	void registerWith(PdfRendererBuilder builder, PDDocument document, Map<Face, TrueTypeFont> parsed) {
		Map<Face, PDFont> loaded = new HashMap<>();
		for (Face face : FACES) {
			PDFontSupplier supplier = new PDFontSupplier(null) {
				@Override
				public PDFont supply() {
					return loaded.computeIfAbsent(face, (f) -> load(document, parsed.get(f)));
				}
			};
			for (FontStyle style : FontStyle.values()) {
				builder.useFont(supplier, face.family(), face.weight(), style, true);
			}
		}
	}

	private static PDFont load(PDDocument document, TrueTypeFont font) {
		try {
			return PDType0Font.load(document, font, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Map<Face, TrueTypeFont> parseAll() {
		Map<Face, TrueTypeFont> parsed = new HashMap<>();
		try {
			for (Face face : FACES) {
				parsed.put(face, new TTFParser().parse(new RandomAccessReadBuffer(files.get(face))));
			}
			return parsed;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] read(String file) {
		try (InputStream in = BundledFonts.class.getResourceAsStream("/fonts/" + file)) {
			if (in == null) {
				throw new IllegalStateException("Missing bundled font fonts/" + file);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void closeQuietly(TrueTypeFont font) {
		try {
			font.close();
		}
		catch (IOException ex) {
			// nothing to lose: the font was only read from memory
		}
	}

}
