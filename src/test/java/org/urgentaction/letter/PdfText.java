package org.urgentaction.letter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a PDF says, read back with PDFBox: its text, its pages and where each glyph sits.
 */
final class PdfText {

	/**
	 * One glyph: its text (presentation forms folded to letters), the character drawn and
	 * its place.
	 */
	record Glyph(String text, String drawn, float x, float y, int page, String font, float size) {
	}

	private PdfText() {
	}

	static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The text in reading order, line by line from the top and each line from the left,
	 * whatever order the page draws it in (text shaped by {@link ShapedTextDrawer} is
	 * drawn after the other text of its page).
	 */
	static String textByPosition(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return stripper.getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text with runs of white space as one space, to find sentences across lines. */
	static String flatText(byte[] pdf) {
		return text(pdf).replaceAll("\\s+", " ");
	}

	static int pages(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every font the pages use, also inside form XObjects: its name and whether embedded.
	 */
	static java.util.Map<String, Boolean> fonts(byte[] pdf) {
		java.util.Map<String, Boolean> fonts = new java.util.TreeMap<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
				collectFonts(page.getResources(), fonts);
			}
			return fonts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void collectFonts(org.apache.pdfbox.pdmodel.PDResources resources,
			java.util.Map<String, Boolean> fonts) throws IOException {
		if (resources == null) {
			return;
		}
		for (org.apache.pdfbox.cos.COSName name : resources.getFontNames()) {
			org.apache.pdfbox.pdmodel.font.PDFont font = resources.getFont(name);
			fonts.put(font.getName(), font.isEmbedded());
		}
		for (org.apache.pdfbox.cos.COSName name : resources.getXObjectNames()) {
			if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
				collectFonts(form.getResources(), fonts);
			}
		}
	}

	static List<Glyph> glyphs(byte[] pdf) {
		List<Glyph> glyphs = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void processTextPosition(TextPosition text) {
					glyphs.add(new Glyph(Normalizer.normalize(text.getUnicode(), Normalizer.Form.NFKC),
							text.getUnicode(), text.getX(), text.getY(), getCurrentPageNo(), text.getFont().getName(),
							text.getFontSizeInPt()));
				}
			};
			stripper.getText(document);
			return glyphs;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
