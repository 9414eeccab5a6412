package org.urgentaction.importer.extract;

/**
 * What one extraction may use: the longest text kept, the most pages read and the main
 * memory a PDF may occupy before it is refused.
 */
public record ExtractionLimits(int maxChars, int maxPages, long maxPdfMemoryBytes) {

	public static final ExtractionLimits DEFAULT = new ExtractionLimits(300_000, 60, 64L * 1024 * 1024);

	/**
	 * Refuses text longer than {@link #maxChars()}: no Urgent Action is that long.
	 */
	public String checked(String text) {
		if (text == null || text.isBlank()) {
			throw new UnreadableDocumentException("empty");
		}
		if (text.length() > maxChars) {
			throw new UnreadableDocumentException("tooLong");
		}
		return text;
	}

}
