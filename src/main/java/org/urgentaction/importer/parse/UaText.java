package org.urgentaction.importer.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The cleaned lines of a document: Word bookmarks, non-breaking and zero-width spaces,
 * tabs and trailing blanks removed. Parsers address lines by index.
 */
public final class UaText {

	private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]\\n]{0,200}\\]");

	private final List<String> lines;

	private final boolean wrapped;

	private String flat;

	private UaText(List<String> lines) {
		this.lines = List.copyOf(lines);
		this.wrapped = detectWrapped(this.lines);
	}

	public static UaText of(String raw) {
		String text = BOOKMARK.matcher(raw)
			.replaceAll("")
			.replace("\r\n", "\n")
			.replace('\r', '\n')
			.replace('\f', '\n')
			.replace('\u00A0', ' ')
			.replace('\u2007', ' ')
			.replace('\u202F', ' ')
			.replace("\u200B", "")
			.replace("\u00AD", "")
			.replace("\uFEFF", "");
		List<String> lines = new ArrayList<>();
		for (String line : text.split("\n", -1)) {
			lines.add(line.replaceAll("[ \\t\\u000b]+", " ").strip());
		}
		return new UaText(lines);
	}

	public int size() {
		return lines.size();
	}

	public String line(int index) {
		return (index >= 0 && index < lines.size()) ? lines.get(index) : "";
	}

	public List<String> lines(int from, int to) {
		int start = Math.max(0, from);
		int end = Math.min(lines.size(), to);
		return (start >= end) ? List.of() : lines.subList(start, end);
	}

	public List<String> lines() {
		return lines;
	}

	/** Index of the first line at or after {@code from} that the pattern finds, or -1. */
	public int find(Pattern pattern, int from) {
		for (int i = Math.max(0, from); i < lines.size(); i++) {
			Deadline.check();
			if (pattern.matcher(lines.get(i)).find()) {
				return i;
			}
		}
		return -1;
	}

	public int find(Pattern pattern) {
		return find(pattern, 0);
	}

	/** The first line at or after {@code from} that is not blank, or -1. */
	public int nextNonBlank(int from) {
		for (int i = Math.max(0, from); i < lines.size(); i++) {
			if (!lines.get(i).isEmpty()) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Whether the text was wrapped at a fixed width (as e-mails were), so that a
	 * paragraph spans several lines up to a blank line.
	 */
	public boolean wrapped() {
		return wrapped;
	}

	public String joined() {
		return String.join("\n", lines);
	}

	/** The whole text on one line, for sentences that line breaks may fall inside. */
	public String flat() {
		if (flat == null) {
			flat = String.join(" ", lines).replaceAll(" {2,}", " ");
		}
		return flat;
	}

	private static boolean detectWrapped(List<String> lines) {
		long longLines = lines.stream().filter((line) -> line.length() > 90).count();
		long fullLines = lines.stream().filter((line) -> line.length() >= 40 && line.length() <= 90).count();
		return fullLines >= 5 && fullLines > 2 * longLines;
	}

	static List<String> split(String value, String separators) {
		return Arrays.stream(value.split(separators)).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

}
