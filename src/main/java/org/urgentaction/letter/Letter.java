package org.urgentaction.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.urgentaction.ua.Target;

/**
 * One letter ready to print: to whom, from whom, when and what. Nothing of it is stored.
 */
public record Letter(Target target, String senderName, List<String> senderAddressLines, String text, LocalDate date,
		Locale locale) {

	public Letter {
		senderName = XmlText.clean(senderName).strip();
		senderAddressLines = (senderAddressLines == null) ? List.of()
				: senderAddressLines.stream()
					.map((line) -> XmlText.clean(line).replace('\n', ' ').strip())
					.filter((line) -> !line.isEmpty())
					.toList();
		text = XmlText.clean(text);
	}

	/**
	 * The recipient's postal address, one line each: title, name, organisation, the
	 * address and the country when the address does not end with it.
	 */
	public List<String> recipientLines() {
		java.util.ArrayList<String> lines = new java.util.ArrayList<>();
		addIfPresent(lines, target.title());
		addIfPresent(lines, target.name());
		addIfPresent(lines, target.organisation());
		target.addressLines().forEach((line) -> addIfPresent(lines, line));
		String country = target.country();
		if (country != null && !country.isBlank()
				&& (lines.isEmpty() || !lines.get(lines.size() - 1)
					.toLowerCase(Locale.ROOT)
					.contains(country.strip().toLowerCase(Locale.ROOT)))) {
			lines.add(country.strip());
		}
		return lines;
	}

	/** The sender on one line, for the return address above the recipient. */
	public String returnAddress() {
		java.util.ArrayList<String> parts = new java.util.ArrayList<>();
		addIfPresent(parts, senderName);
		parts.addAll(senderAddressLines);
		return String.join(", ", parts);
	}

	private static void addIfPresent(List<String> lines, String value) {
		if (value != null && !value.isBlank()) {
			lines.add(XmlText.clean(value).replace('\n', ' ').strip());
		}
	}

}
