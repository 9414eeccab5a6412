package org.urgentaction.importer.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Makes the Word and PDF versions of a corpus text, as coordinators receive them: in Word
 * one paragraph per line; in PDF lines wrapped at the margin, a running header from the
 * second page on and a page number at the foot of every page.
 */
public final class CorpusFiles {

	private static final float MARGIN = 56;

	private static final float FONT_SIZE = 10;

	private static final float LEADING = 13;

	private CorpusFiles() {
	}

	public static byte[] docx(String text) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String line : lines(text)) {
				XWPFParagraph paragraph = document.createParagraph();
				String[] parts = line.split("\t", -1);
				var run = paragraph.createRun();
				for (int i = 0; i < parts.length; i++) {
					if (i > 0) {
						run.addTab();
					}
					run.setText(parts[i], i);
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] pdf(String text) {
		PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
		List<String> wrapped = new ArrayList<>();
		for (String line : lines(text)) {
			wrapped.addAll(wrap(line.replace('\t', ' ').strip(), font, width));
		}
		int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN - 2 * LEADING) / LEADING);
		int pages = Math.max(1, (wrapped.size() + perPage - 1) / perPage);
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int p = 0; p < pages; p++) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					float top = PDRectangle.A4.getHeight() - MARGIN;
					if (p > 0) {
						write(content, font, 8, MARGIN, top + LEADING, "Amnesty International - Urgent Action");
					}
					float y = top - LEADING;
					for (String line : wrapped.subList(p * perPage, Math.min(wrapped.size(), (p + 1) * perPage))) {
						if (!line.isEmpty()) {
							write(content, font, FONT_SIZE, MARGIN, y, line);
						}
						y -= LEADING;
					}
					write(content, font, 8, PDRectangle.A4.getWidth() / 2 - 20, MARGIN / 2,
							"Page " + (p + 1) + " of " + pages);
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
			throws IOException {
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(x, y);
		content.showText(text);
		content.endText();
	}

	private static List<String> wrap(String line, PDType1Font font, float width) {
		List<String> lines = new ArrayList<>();
		if (line.isEmpty()) {
			lines.add("");
			return lines;
		}
		StringBuilder current = new StringBuilder();
		for (String word : line.split(" ")) {
			String candidate = current.isEmpty() ? word : current + " " + word;
			if (width(font, candidate) > width && !current.isEmpty()) {
				lines.add(current.toString());
				current = new StringBuilder(word);
			}
			else {
				current = new StringBuilder(candidate);
			}
		}
		lines.add(current.toString());
		return lines;
	}

	private static float width(PDType1Font font, String text) {
		try {
			return font.getStringWidth(text) / 1000 * FONT_SIZE;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> lines(String text) {
		return List.of(text.replace("\r\n", "\n").split("\n", -1));
	}

}
