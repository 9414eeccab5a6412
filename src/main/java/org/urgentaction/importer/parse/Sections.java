package org.urgentaction.importer.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text at labelled headings, in whatever order they come: each section holds the
 * rest of its heading's line (group 1 of the pattern, if any) and the lines up to the
 * next heading.
 */
final class Sections {

	private final Map<String, List<String>> sections = new LinkedHashMap<>();

	private final Map<String, Integer> starts = new LinkedHashMap<>();

	Sections(UaText text, Map<String, Pattern> headings) {
		String current = null;
		for (int i = 0; i < text.size(); i++) {
			Deadline.check();
			String line = text.line(i);
			String heading = null;
			Matcher matcher = null;
			for (Map.Entry<String, Pattern> entry : headings.entrySet()) {
				matcher = entry.getValue().matcher(line);
				if (matcher.find()) {
					heading = entry.getKey();
					break;
				}
			}
			if (heading != null && !sections.containsKey(heading)) {
				current = heading;
				List<String> lines = new ArrayList<>();
				String rest = (matcher.groupCount() >= 1 && matcher.group(1) != null) ? matcher.group(1).strip() : "";
				if (!rest.isEmpty()) {
					lines.add(rest);
				}
				sections.put(heading, lines);
				starts.put(heading, i);
			}
			else if (current != null) {
				sections.get(current).add(line);
			}
		}
	}

	List<String> lines(String heading) {
		return sections.getOrDefault(heading, List.of());
	}

	boolean has(String heading) {
		return sections.containsKey(heading);
	}

	/** The first line that is not blank, or {@code null}. */
	String first(String heading) {
		return lines(heading).stream().filter((line) -> !line.isBlank()).findFirst().orElse(null);
	}

	String joined(String heading) {
		String joined = String.join(" ", lines(heading)).replaceAll("\\s+", " ").strip();
		return joined.isEmpty() ? null : joined;
	}

	int start(String heading) {
		return starts.getOrDefault(heading, -1);
	}

}
