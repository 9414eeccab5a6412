package org.urgentaction.importer.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the positioned lines of a PDF back into the text its author wrote: running
 * headers and footers (a line repeated at the top or bottom of most pages) and page
 * numbers go; a line that reaches the right margin continues on the next line; a vertical
 * gap becomes a blank line between paragraphs.
 */
final class PdfLayout {

	private static final Pattern PAGE_NUMBER = Pattern
		.compile("(?i)^[-\\s]*(page\\s*)?\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?[-\\s]*$");

	private static final Pattern STARTS_NEW_ITEM = Pattern
		.compile("^(\\s*([-•*▪◦–]|\\d{1,2}[.)])\\s|[A-Z][A-Za-z' &]{1,40}:)");

	private static final Pattern CLOSING = Pattern.compile(
			"(?i)^(yours (sincerely|faithfully|truly)|sincerely|kind regards|best regards|respectfully|atentamente|cordialement),?$");

	private static final int EDGE_LINES = 2;

	private PdfLayout() {
	}

	static String text(List<List<PdfLine>> pages) {
		List<List<PdfLine>> kept = withoutRunningLines(pages);
		float left = Float.MAX_VALUE;
		float right = 0;
		for (List<PdfLine> page : kept) {
			for (PdfLine line : page) {
				left = Math.min(left, line.startX());
				right = Math.max(right, line.endX());
			}
		}
		float tolerance = Math.max(0, right - left) * 0.15f;
		float spacing = typicalSpacing(kept);
		StringBuilder text = new StringBuilder();
		PdfLine previous = null;
		for (List<PdfLine> page : kept) {
			PdfLine previousOnPage = null;
			for (PdfLine line : page) {
				if (previous != null) {
					boolean gap = previousOnPage != null && line.y() - previousOnPage.y() > 1.5f * spacing;
					boolean continues = !gap && previous.endX() >= right - tolerance
							&& !previous.text().stripTrailing().endsWith(":")
							&& !STARTS_NEW_ITEM.matcher(line.text()).find()
							&& !CLOSING.matcher(line.text().strip()).matches();
					if (continues) {
						text.append(previous.text().stripTrailing().endsWith("-") ? "" : " ");
					}
					else {
						text.append(gap ? "\n\n" : "\n");
					}
				}
				text.append(previous != null && text.charAt(text.length() - 1) != '\n' ? line.text().strip()
						: line.text().stripTrailing());
				previous = line;
				previousOnPage = line;
			}
		}
		return text.append('\n').toString();
	}

	/**
	 * The usual distance between the baselines of consecutive lines of a paragraph (the
	 * lower quartile: paragraph gaps are larger, and a short document may have many).
	 */
	private static float typicalSpacing(List<List<PdfLine>> pages) {
		List<Float> distances = new ArrayList<>();
		for (List<PdfLine> page : pages) {
			for (int i = 1; i < page.size(); i++) {
				float distance = page.get(i).y() - page.get(i - 1).y();
				if (distance > 0) {
					distances.add(distance);
				}
			}
		}
		if (distances.isEmpty()) {
			return 12f;
		}
		distances.sort(Float::compare);
		return distances.get(distances.size() / 4);
	}

	private static List<List<PdfLine>> withoutRunningLines(List<List<PdfLine>> pages) {
		Map<String, Integer> edgeCounts = new HashMap<>();
		for (List<PdfLine> page : pages) {
			for (PdfLine line : edges(page)) {
				edgeCounts.merge(shape(line.text()), 1, Integer::sum);
			}
		}
		int repeated = Math.max(2, (pages.size() + 1) / 2);
		float bodyHeight = typicalHeight(pages);
		List<List<PdfLine>> kept = new ArrayList<>();
		for (List<PdfLine> page : pages) {
			List<PdfLine> edges = edges(page);
			List<PdfLine> lines = new ArrayList<>();
			for (PdfLine line : page) {
				boolean smaller = line.height() < 0.85f * bodyHeight;
				boolean running = edges.contains(line)
						&& ((pages.size() > 1 && edgeCounts.getOrDefault(shape(line.text()), 0) >= repeated)
								|| smaller);
				if (!running && !PAGE_NUMBER.matcher(line.text()).matches()) {
					lines.add(line);
				}
			}
			kept.add(lines);
		}
		return kept;
	}

	private static float typicalHeight(List<List<PdfLine>> pages) {
		List<Float> heights = new ArrayList<>();
		pages.forEach((page) -> page.forEach((line) -> heights.add(line.height())));
		if (heights.isEmpty()) {
			return 0;
		}
		heights.sort(Float::compare);
		return heights.get(heights.size() / 2);
	}

	private static List<PdfLine> edges(List<PdfLine> page) {
		List<PdfLine> edges = new ArrayList<>();
		for (int i = 0; i < page.size(); i++) {
			if (i < EDGE_LINES || i >= page.size() - EDGE_LINES) {
				edges.add(page.get(i));
			}
		}
		return edges;
	}

	private static String shape(String text) {
		return text.strip().replaceAll("\\d+", "#").toLowerCase();
	}

}
