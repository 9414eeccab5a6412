package org.urgentaction.letter;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A {@code mailto:} link (RFC 6068) with the recipients, a subject and the letter as
 * body. Mail programs and browsers refuse or cut long links, so the whole link stays
 * within {@link #MAX_LENGTH} characters: a letter too long for that is shortened to its
 * greeting, its opening sentences, its demands and its sign-off, and {@code shortened}
 * tells the page to offer the full text to copy.
 */
public record MailtoLink(String href, String body, boolean shortened) {

	static final int MAX_LENGTH = 1800;

	/**
	 * A plain address: no {@code ?}, {@code &}, {@code =}, {@code %}, comma or space that
	 * could add headers or recipients ({@code b@example.org?cc=spy@evil.example}).
	 */
	static final Pattern ADDRESS = Pattern
		.compile("[\\p{L}\\p{N}.!#$'*+/^_`{|}~-]+@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
				+ "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+");

	static MailtoLink of(List<String> addresses, String subject, String letter) {
		List<String> valid = addresses.stream()
			.map(String::strip)
			.filter((address) -> address.length() <= 320 && ADDRESS.matcher(address).matches())
			.toList();
		String head = "mailto:" + String.join(",", valid.stream().map(MailtoLink::encodeAddress).toList()) + "?subject="
				+ encode(subject) + "&body=";
		String text = XmlText.clean(letter).strip();
		if (head.length() + encode(text).length() <= MAX_LENGTH) {
			return new MailtoLink(head + encode(text), text, false);
		}
		String shorter = shortened(text, MAX_LENGTH - head.length());
		return new MailtoLink(head + encode(shorter), shorter, true);
	}

	/**
	 * The letter within {@code budget} encoded characters: first line, then the opening
	 * sentences that fit, "…", the demands and the last line; or, when even that is too
	 * long, cut at a word.
	 */
	static String shortened(String text, int budget) {
		List<String> lines = text.lines().filter((line) -> !line.isBlank()).toList();
		if (lines.size() >= 3) {
			String greeting = lines.get(0);
			String signOff = lines.get(lines.size() - 1);
			String middle = String.join("\n", lines.subList(1, lines.size() - 1));
			List<String> demands = Sentences.demands(middle);
			String tail = "…\n" + String.join(" ", demands) + "\n" + signOff;
			List<String> opening = new ArrayList<>();
			for (String sentence : Sentences.of(middle)) {
				if (demands.contains(sentence)) {
					break;
				}
				String candidate = compose(greeting, opening, sentence, tail);
				if (encode(candidate).length() > budget) {
					break;
				}
				opening.add(sentence);
			}
			String result = compose(greeting, opening, null, tail);
			if (encode(result).length() <= budget) {
				return result;
			}
		}
		return cut(text, budget);
	}

	private static String compose(String greeting, List<String> opening, String next, String tail) {
		List<String> sentences = new ArrayList<>(opening);
		if (next != null) {
			sentences.add(next);
		}
		return greeting + "\n" + (sentences.isEmpty() ? "" : String.join(" ", sentences) + " ") + tail;
	}

	private static String cut(String text, int budget) {
		// an encoded text is never shorter than the text itself
		int end = Math.min(text.length(), budget);
		while (end > 0 && encode(text.substring(0, end) + "…").length() > budget) {
			int space = text.lastIndexOf(' ', end - 1);
			end = (space > 0) ? space : end - 1;
			if (end > 0 && Character.isLowSurrogate(text.charAt(end))) {
				end--;
			}
		}
		return text.substring(0, end).strip() + "…";
	}

	static String encode(String value) {
		return URLEncoder.encode(value.replace("\n", "\r\n"), StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String encodeAddress(String address) {
		return encode(address.strip()).replace("%40", "@");
	}

}
