package org.urgentaction.importer.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the lines of each page with their positions instead of writing plain text, so
 * that wrapped lines can be told from short ones afterwards. Stops when the thread is
 * interrupted (the import's time limit) or the text grows too long.
 */
class PdfLineCollector extends PDFTextStripper {

	private final int maxChars;

	private final List<List<PdfLine>> pages = new ArrayList<>();

	private final StringBuilder line = new StringBuilder();

	private float startX = Float.MAX_VALUE;

	private float endX;

	private float y;

	private float height;

	private long chars;

	PdfLineCollector(int maxChars) {
		this.maxChars = maxChars;
		setSortByPosition(true);
	}

	List<List<PdfLine>> pages() {
		return pages;
	}

	@Override
	protected void startPage(PDPage page) throws IOException {
		if (Thread.currentThread().isInterrupted()) {
			throw new UnreadableDocumentException("timeout");
		}
		pages.add(new ArrayList<>());
	}

	@Override
	protected void writeString(String text, List<TextPosition> positions) {
		line.append(text);
		chars += text.length();
		if (chars > maxChars) {
			throw new UnreadableDocumentException("tooLong");
		}
		for (TextPosition position : positions) {
			startX = Math.min(startX, position.getXDirAdj());
			endX = Math.max(endX, position.getXDirAdj() + position.getWidthDirAdj());
			y = position.getYDirAdj();
			height = Math.max(height, position.getHeightDir());
		}
	}

	@Override
	protected void writeWordSeparator() {
		line.append(' ');
	}

	@Override
	protected void writeLineSeparator() {
		flush();
	}

	@Override
	protected void endPage(PDPage page) {
		flush();
	}

	private void flush() {
		if (line.length() > 0 && !pages.isEmpty()) {
			pages.get(pages.size() - 1).add(new PdfLine(line.toString(), startX, endX, y, height));
		}
		line.setLength(0);
		startX = Float.MAX_VALUE;
		endX = 0;
		height = 0;
	}

}
