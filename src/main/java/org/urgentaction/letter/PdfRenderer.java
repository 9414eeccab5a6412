package org.urgentaction.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;

import org.springframework.stereotype.Component;

/**
 * Renders XHTML to PDF with the fonts bundled in {@code src/main/resources/fonts}, never
 * the machine's. The fonts are registered under {@code serif} (DejaVu Serif: Latin,
 * Cyrillic with Kazakh letters, Greek), {@code sans-serif} (DejaVu Sans), {@code arabic}
 * (Noto Naskh Arabic: Arabic and Persian), {@code hebrew}, {@code armenian},
 * {@code georgian}, {@code ethiopic} and {@code cjk-sc}, {@code cjk-tc}, {@code cjk-jp},
 * {@code cjk-kr} (Noto Sans, the CJK fonts cut to the common characters of each
 * language); list {@link #SERIF} or {@link #SANS} as the font family so that every glyph
 * finds a font, or the cheaper {@link #serifFamilyFor(Locale, String...)}. Right-to-left
 * text is split, shaped and reordered with ICU. Devanagari, Bengali, Tamil, Sinhala,
 * Thai, Burmese and Khmer, which openhtmltopdf cannot shape, are shaped by the JDK's text
 * layout ({@link ShapingPass}) in whatever family is asked for.
 * <p>
 * The input must be well-formed XHTML; put text that people typed through
 * {@link XmlText#clean(String)} before it goes into the markup.
 */
@Component
public class PdfRenderer {

	/** A CSS font-family list for body text in serif type. */
	public static final String SERIF = "serif, arabic, hebrew, armenian, georgian, ethiopic, cjk-sc, cjk-tc, cjk-jp, "
			+ "cjk-kr, sans-serif";

	/** A CSS font-family list for sans-serif type (faxes, reports). */
	public static final String SANS = "sans-serif, arabic, hebrew, armenian, georgian, ethiopic, cjk-sc, cjk-tc, "
			+ "cjk-jp, cjk-kr";

	private final BundledFonts fonts;

	private final ShapingPass shaping;

	public PdfRenderer() {
		this(new BundledFonts(2 * Runtime.getRuntime().availableProcessors()));
	}

	PdfRenderer(BundledFonts fonts) {
		this.fonts = fonts;
		this.shaping = new ShapingPass(fonts);
	}

	/** {@link #serifFamilyFor(Locale, String...)} for text in no particular language. */
	public String serifFamilyFor(String... texts) {
		return serifFamilyFor(Locale.ROOT, texts);
	}

	/**
	 * The cheapest font-family list that shows every character of {@code texts}: only
	 * {@code serif} when DejaVu Serif has them all (each further family costs time for
	 * every PDF), otherwise {@code serif} and the families that have the others. For
	 * Chinese characters the font of {@code language} comes first (traditional for
	 * {@code zh-Hant}, {@code zh-TW}, {@code zh-HK}; Japanese; Korean; else simplified).
	 */
	public String serifFamilyFor(Locale language, String... texts) {
		List<BundledFonts.Face> order = FontOrder.forLanguage(fonts.regularFaces(), language);
		Set<BundledFonts.Face> needed = new LinkedHashSet<>();
		for (String text : texts) {
			if (text == null || fonts.serifCovers(text)) {
				continue;
			}
			text.codePoints()
				.filter((c) -> !BundledFonts.ignorable(c) && fonts.shapedFace(c) == null)
				.mapToObj((c) -> fonts.laidOutFaceFor(c, order))
				.filter((face) -> face != null && face != order.get(0))
				.forEach(needed::add);
		}
		StringBuilder families = new StringBuilder("serif");
		order.stream()
			.filter(needed::contains)
			.forEach((face) -> families.append(", ").append(FontOrder.cssName(face)));
		return families.toString();
	}

	/**
	 * {@code text} without the characters no bundled font can draw (emoji, for one),
	 * which would otherwise show as "#"; white space and invisible format characters
	 * (direction marks, joiners) stay.
	 */
	public String printable(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints()
			.filter((c) -> c < 0x80 || BundledFonts.ignorable(c) || fonts.hasGlyph(c))
			.forEach(kept::appendCodePoint);
		return kept.toString();
	}

	/**
	 * The characters of {@code text} that no bundled font has, in order, each once. Emoji
	 * are named (no bundled font draws them); their modifiers and variation selectors,
	 * which only change how the emoji before them looks, are not.
	 */
	public List<Integer> missingCharacters(String text) {
		if (text == null) {
			return List.of();
		}
		return text.codePoints()
			.filter((c) -> c >= 0x80 && !BundledFonts.ignorable(c) && !isEmojiModifier(c) && !fonts.hasGlyph(c))
			.distinct()
			.boxed()
			.toList();
	}

	private static boolean isEmojiModifier(int c) {
		return UCharacter.hasBinaryProperty(c, UProperty.EMOJI_MODIFIER)
				|| UCharacter.hasBinaryProperty(c, UProperty.VARIATION_SELECTOR);
	}

	/**
	 * The PDF for a complete XHTML document (page size and margins from its {@code @page}
	 * rule).
	 */
	public byte[] render(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
		render(xhtml, out);
		return out.toByteArray();
	}

	public void render(String xhtml, OutputStream out) {
		Map<BundledFonts.Face, TrueTypeFont> parsed = fonts.borrow();
		try (PDDocument document = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.usePDDocument(document);
			builder.withProducer("Urgent Action Network");
			fonts.registerWith(builder, document, parsed);
			builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
			builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
			builder.defaultTextDirection(TextDirection.LTR);
			builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(Locale.ROOT));
			builder.useUnicodeCharacterBreaker(new ICUBreakers.ICUCharacterBreaker(Locale.ROOT));
			ShapedTextDrawer drawer = null;
			if (shaping.needed(xhtml)) {
				ShapingPass.Result shaped = shaping.apply(xhtml);
				drawer = new ShapedTextDrawer(document, parsed, shaped.runs());
				DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
				drawers.registerDrawer(ShapedTextDrawer.TYPE, drawer);
				builder.useObjectDrawerFactory(drawers);
				builder.withW3cDocument(shaped.document(), null);
			}
			else {
				builder.withHtmlContent(xhtml, null);
			}
			try (PdfBoxRenderer pdf = builder.buildPdfRenderer()) {
				pdf.createPDFWithoutClosing();
			}
			if (drawer != null) {
				drawer.subsetFonts();
			}
			document.save(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			fonts.giveBack(parsed);
		}
	}

}
