package org.urgentaction.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;

import org.springframework.stereotype.Component;

/**
 * Renders XHTML to PDF with the fonts bundled in {@code src/main/resources/fonts}, never
 * the machine's. The fonts are registered under {@code serif} (DejaVu Serif: Latin,
 * Cyrillic with Kazakh letters, Greek), {@code sans-serif} (DejaVu Sans) and
 * {@code arabic} (Noto Naskh Arabic: Arabic and Persian); list {@link #SERIF} or
 * {@link #SANS} as the font family so that every glyph finds a font. Right-to-left text
 * is split, shaped and reordered with ICU.
 * <p>
 * The input must be well-formed XHTML; put text that people typed through
 * {@link XmlText#clean(String)} before it goes into the markup.
 */
@Component
public class PdfRenderer {

	/** A CSS font-family list for body text in serif type. */
	public static final String SERIF = "serif, arabic, sans-serif";

	/** A CSS font-family list for sans-serif type (faxes, reports). */
	public static final String SANS = "sans-serif, arabic";

	private final BundledFonts fonts;

	public PdfRenderer() {
		this(new BundledFonts(2 * Runtime.getRuntime().availableProcessors()));
	}

	PdfRenderer(BundledFonts fonts) {
		this.fonts = fonts;
	}

	/**
	 * The cheapest font-family list that shows every character of {@code texts}: only
	 * {@code serif} when DejaVu Serif has them all (each further family costs time for
	 * every PDF), otherwise {@link #SERIF}.
	 */
	public String serifFamilyFor(String... texts) {
		for (String text : texts) {
			if (text != null && !fonts.serifCovers(text)) {
				return SERIF;
			}
		}
		return "serif";
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
			.filter((c) -> c < 0x80 || Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT
					|| fonts.hasGlyph(c))
			.forEach(kept::appendCodePoint);
		return kept.toString();
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
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			fonts.giveBack(parsed);
		}
	}

}
