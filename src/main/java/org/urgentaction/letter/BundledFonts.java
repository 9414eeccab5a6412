package org.urgentaction.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import com.ibm.icu.lang.UScript;
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
 * The TrueType fonts shipped in {@code classpath:fonts/} (licences beside them; how they
 * were made: {@code src/build/fonts/}). Most are handed to openhtmltopdf under a family
 * name; the fonts of scripts whose letters combine ({@link #shapedFace(int)}) are shaped
 * by a {@link Shaper} instead. Parsing a font takes longer than laying out a letter, so
 * parsed fonts are kept in a small pool: a parsed font is not safe for two threads at
 * once, and each render borrows a set of its own.
 */
final class BundledFonts {

	/** A font file; {@code script} is set for the fonts that are shaped here. */
	record Face(String family, int weight, String file, Integer script) {

		Face(String family, int weight, String file) {
			this(family, weight, file, null);
		}

		boolean shaped() {
			return script != null;
		}

	}

	static final List<Face> FACES = List.of(new Face("Serif", 400, "DejaVuSerif.ttf"),
			new Face("Serif", 700, "DejaVuSerif-Bold.ttf"), new Face("SansSerif", 400, "DejaVuSans.ttf"),
			new Face("SansSerif", 700, "DejaVuSans-Bold.ttf"), new Face("arabic", 400, "NotoNaskhArabic-Regular.ttf"),
			new Face("arabic", 700, "NotoNaskhArabic-Bold.ttf"), new Face("hebrew", 400, "NotoSansHebrew-Regular.ttf"),
			new Face("armenian", 400, "NotoSansArmenian-Regular.ttf"),
			new Face("georgian", 400, "NotoSansGeorgian-Regular.ttf"),
			new Face("ethiopic", 400, "NotoSansEthiopic-Regular.ttf"),
			new Face("cjk-sc", 400, "NotoSansSC-Regular.ttf"), new Face("cjk-tc", 400, "NotoSansTC-Regular.ttf"),
			new Face("cjk-jp", 400, "NotoSansJP-Regular.ttf"), new Face("cjk-kr", 400, "NotoSansKR-Regular.ttf"),
			new Face("devanagari", 400, "NotoSansDevanagari-Regular.ttf", UScript.DEVANAGARI),
			new Face("bengali", 400, "NotoSansBengali-Regular.ttf", UScript.BENGALI),
			new Face("tamil", 400, "NotoSansTamil-Regular.ttf", UScript.TAMIL),
			new Face("sinhala", 400, "NotoSansSinhala-Regular.ttf", UScript.SINHALA),
			new Face("thai", 400, "NotoSansThai-Regular.ttf", UScript.THAI),
			new Face("myanmar", 400, "NotoSansMyanmar-Regular.ttf", UScript.MYANMAR),
			new Face("khmer", 400, "NotoSansKhmer-Regular.ttf", UScript.KHMER));

	private final Map<Face, byte[]> files = new HashMap<>();

	private final BlockingQueue<Map<Face, TrueTypeFont>> pool;

	/** The character map of each regular face, in the order fonts are tried. */
	private final Map<Face, CmapLookup> characters = new LinkedHashMap<>();

	private final Map<Integer, Face> shapedByScript = new HashMap<>();

	private final Map<Face, Shaper> shapers = new HashMap<>();

	BundledFonts(int poolSize) {
		this.pool = new ArrayBlockingQueue<>(poolSize);
		for (Face face : FACES) {
			files.put(face, read(face.file()));
			if (face.weight() == 400) {
				characters.put(face, cmap(face));
			}
			if (face.shaped()) {
				shapedByScript.put(face.script(), face);
				shapers.put(face, new Shaper(files.get(face)));
			}
		}
	}

	/**
	 * Whether the serif face has a glyph for every character of {@code text} (white space
	 * and invisible format characters aside).
	 */
	boolean serifCovers(String text) {
		CmapLookup serif = characters.get(FACES.get(0));
		return text.codePoints().allMatch((c) -> ignorable(c) || serif.getGlyphId(c) != 0);
	}

	/** White space and invisible format characters, which need no glyph. */
	static boolean ignorable(int c) {
		return c < 0x20 || Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT;
	}

	/** Whether some bundled font has a glyph for {@code codePoint}. */
	boolean hasGlyph(int codePoint) {
		return characters.values().stream().anyMatch((cmap) -> cmap.getGlyphId(codePoint) != 0);
	}

	/**
	 * The first regular face given to openhtmltopdf that has a glyph for
	 * {@code codePoint}.
	 */
	Face laidOutFaceFor(int codePoint, List<Face> order) {
		for (Face face : order) {
			if (!face.shaped() && characters.get(face).getGlyphId(codePoint) != 0) {
				return face;
			}
		}
		return null;
	}

	/** The regular faces in the order fonts are tried. */
	List<Face> regularFaces() {
		return List.copyOf(characters.keySet());
	}

	/**
	 * The shaped face for a letter of a script that is shaped here, else {@code null}.
	 */
	Face shapedFace(int codePoint) {
		if (codePoint < 0x0900) {
			return null;
		}
		Face face = shapedByScript.get(UScript.getScript(codePoint));
		return (face != null && characters.get(face).getGlyphId(codePoint) != 0) ? face : null;
	}

	boolean shapedHas(Face face, int codePoint) {
		return characters.get(face).getGlyphId(codePoint) != 0;
	}

	Shaper shaper(Face face) {
		return shapers.get(face);
	}

	/** A set of parsed fonts for one render; give it back with {@link #giveBack(Map)}. */
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
	 * Registers every face that openhtmltopdf lays out for {@code document}, embedded as
	 * a subset and created only when the layout asks for it; italic text uses the upright
	 * face, bold text in a script with only a regular face the regular one, rather than a
	 * machine font.
	 */
	void registerWith(PdfRendererBuilder builder, PDDocument document, Map<Face, TrueTypeFont> parsed) {
		Map<Face, PDFont> loaded = new HashMap<>();
		for (Face face : FACES) {
			if (face.shaped()) {
				continue;
			}
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

	private CmapLookup cmap(Face face) {
		try {
			return new TTFParser().parse(new RandomAccessReadBuffer(files.get(face))).getUnicodeCmapLookup();
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
