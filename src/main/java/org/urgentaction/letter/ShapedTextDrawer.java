package org.urgentaction.letter;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxFastOutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.w3c.dom.Element;

/**
 * Draws the runs that {@link ShapingPass} took out of the text, each in the box the
 * layout gave its {@code <object>}: the shaped glyphs, as text in the embedded subset of
 * the script's font, marked with the run's text as {@code /ActualText} so that copying
 * and text extraction give back the letters typed. One form XObject per distinct run and
 * document, scaled to the box's font size.
 */
final class ShapedTextDrawer implements FSObjectDrawer {

	static final String TYPE = "application/x-urgent-action-shaped-text";

	/**
	 * Above and below the baseline, in ems: the box the layout reserves for a run, as
	 * tall as a line of DejaVu Serif at a line height of 1.35, so that a line made only
	 * of runs is as tall as any other.
	 */
	static final float ASCENT = 1.02f;

	static final float DESCENT = 0.33f;

	private final PDDocument document;

	private final Map<BundledFonts.Face, TrueTypeFont> parsed;

	private final Map<String, ShapingPass.Run> runs;

	private final Map<BundledFonts.Face, PDType0Font> fonts = new HashMap<>();

	private final Map<String, PDFormXObject> forms = new HashMap<>();

	private final Map<BundledFonts.Face, GlyphText> glyphTexts = new HashMap<>();

	ShapedTextDrawer(PDDocument document, Map<BundledFonts.Face, TrueTypeFont> parsed,
			Map<String, ShapingPass.Run> runs) {
		this.document = document;
		this.parsed = parsed;
		this.runs = runs;
	}

	@Override
	public Map<java.awt.Shape, String> drawObject(Element element, double x, double y, double width, double height,
			OutputDevice outputDevice, RenderingContext ctx, int dotsPerPixel) {
		ShapingPass.Run run = runs.get(element.getAttribute("data-run"));
		if (run != null && outputDevice instanceof PdfBoxFastOutputDevice pdf) {
			PDFormXObject form = forms.computeIfAbsent(run.face().file() + "\u0000" + run.shaped().text(),
					(key) -> form(run));
			// the form is drawn scaled by the box's size over its own, both in dots: a
			// form unit
			// (a thousandth of an em) becomes a thousandth of the box's font size
			float dotsPerPoint = pdf.getDotsPerPoint();
			pdf.drawPdfAsImage(form, new Rectangle((int) x, (int) y, (int) width, (int) height),
					run.shaped().advance() * dotsPerPoint, (ASCENT + DESCENT) * Shaper.EM * dotsPerPoint);
		}
		return null;
	}

	/**
	 * Embeds the glyphs drawn, once every page is drawn, each with a text for readers
	 * that ignore {@code /ActualText}.
	 */
	void subsetFonts() throws IOException {
		for (Map.Entry<BundledFonts.Face, PDType0Font> font : fonts.entrySet()) {
			font.getValue().subset();
			glyphTexts.get(font.getKey()).writeTo(document, font.getValue());
		}
	}

	private PDFormXObject form(ShapingPass.Run run) {
		PDType0Font font = fonts.computeIfAbsent(run.face(), this::load);
		Shaper.Shaped shaped = run.shaped();
		java.util.Set<Integer> glyphs = new java.util.HashSet<>();
		StringBuilder content = new StringBuilder(64 + 24 * shaped.glyphs().length);
		content.append("/Span <</ActualText <").append(utf16(shaped.text())).append(">>> BDC\nBT\n/F0 1000 Tf\n");
		GlyphText texts = glyphTexts.computeIfAbsent(run.face(), (face) -> new GlyphText(parsed.get(face)));
		for (int i = 0; i < shaped.glyphs().length; i++) {
			int glyph = shaped.glyphs()[i];
			glyphs.add(glyph);
			texts.add(glyph, shaped.clusters()[i]);
			// the form's origin is the box's bottom left corner, the baseline DESCENT
			// above it
			content.append(String.format(Locale.ROOT, "1 0 0 1 %.1f %.1f Tm <%s> Tj%n", shaped.positions()[2 * i],
					shaped.positions()[2 * i + 1] + DESCENT * Shaper.EM,
					HexFormat.of().formatHex(font.encodeGlyphId(glyph))));
		}
		content.append("ET\nEMC\n");
		font.addGlyphsToSubset(glyphs);
		PDFormXObject form = new PDFormXObject(document);
		PDResources resources = new PDResources();
		resources.put(COSName.getPDFName("F0"), font);
		form.setResources(resources);
		// room for what reaches beyond the run's box: marks above, descenders and
		// conjuncts below
		form.setBBox(new PDRectangle(-Shaper.EM, -Shaper.EM, shaped.advance() + 2 * Shaper.EM, 3 * Shaper.EM));
		try (OutputStream out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
			out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return form;
	}

	private PDType0Font load(BundledFonts.Face face) {
		try {
			return PDType0Font.load(document, parsed.get(face), true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String utf16(String text) {
		return "FEFF" + HexFormat.of().withUpperCase().formatHex(text.getBytes(StandardCharsets.UTF_16BE));
	}

}
