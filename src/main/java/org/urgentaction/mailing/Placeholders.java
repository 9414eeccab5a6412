package org.urgentaction.mailing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A text rendered once with placeholders for the parts that differ per recipient, split
 * at them, so that filling it in is a single copy rather than a search of the whole text
 * for each placeholder.
 */
final class Placeholders {

	private final List<String> literals;

	private final List<String> names;

	private final int length;

	private Placeholders(List<String> literals, List<String> names, int length) {
		this.literals = literals;
		this.names = names;
		this.length = length;
	}

	/**
	 * Splits {@code text} at every occurrence of the given placeholder names.
	 */
	static Placeholders split(String text, List<String> placeholders) {
		List<String> literals = new ArrayList<>();
		List<String> names = new ArrayList<>();
		int from = 0;
		while (true) {
			int at = -1;
			String found = null;
			for (String placeholder : placeholders) {
				int index = text.indexOf(placeholder, from);
				if (index >= 0 && (at < 0 || index < at)) {
					at = index;
					found = placeholder;
				}
			}
			if (found == null) {
				literals.add(text.substring(from));
				return new Placeholders(literals, names, text.length());
			}
			literals.add(text.substring(from, at));
			names.add(found);
			from = at + found.length();
		}
	}

	boolean isConstant() {
		return names.isEmpty();
	}

	/**
	 * The text with each placeholder replaced by its value.
	 */
	String fill(Map<String, String> values) {
		StringBuilder out = new StringBuilder(length + 512);
		for (int i = 0; i < names.size(); i++) {
			out.append(literals.get(i)).append(values.get(names.get(i)));
		}
		return out.append(literals.get(names.size())).toString();
	}

}
