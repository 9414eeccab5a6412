package org.urgentaction.letter;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post for X (Twitter) as a web-intent link, and its length counted as X counts it: a
 * link counts 23, characters of the Latin, Greek, Cyrillic and other small scripts and
 * general punctuation count 1, everything else (CJK, emoji) 2.
 */
public record XPost(String text, String href) {

	static final int MAX_WEIGHT = 280;

	static final int URL_WEIGHT = 23;

	private static final Pattern URL = Pattern.compile("https?://\\S+");

	static XPost of(String text) {
		return new XPost(text, "https://x.com/intent/post?text="
				+ URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"));
	}

	static int weight(String text) {
		int weight = 0;
		Matcher urls = URL.matcher(text);
		int position = 0;
		while (urls.find()) {
			weight += weightOfText(text.substring(position, urls.start())) + URL_WEIGHT;
			position = urls.end();
		}
		return weight + weightOfText(text.substring(position));
	}

	private static int weightOfText(String text) {
		return text.codePoints().map(XPost::weightOf).sum();
	}

	private static int weightOf(int codePoint) {
		boolean light = codePoint <= 4351 || (codePoint >= 8192 && codePoint <= 8205)
				|| (codePoint >= 8208 && codePoint <= 8223) || (codePoint >= 8242 && codePoint <= 8247);
		return light ? 1 : 2;
	}

	/**
	 * {@code text} cut at a word, with "…", so that it weighs at most {@code max}.
	 */
	static String fit(String text, int max) {
		if (weight(text) <= max) {
			return text;
		}
		String cut = text;
		while (!cut.isEmpty() && weight(cut + "…") > max) {
			int space = cut.lastIndexOf(' ');
			cut = (space > 0) ? cut.substring(0, space)
					: cut.substring(0, cut.offsetByCodePoints(0, cut.codePointCount(0, cut.length()) - 1));
		}
		return cut.strip() + "…";
	}

}
