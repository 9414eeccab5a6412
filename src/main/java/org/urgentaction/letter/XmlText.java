package org.urgentaction.letter;

/**
 * Makes any text a person can type safe to put into XHTML for {@link PdfRenderer}.
 */
public final class XmlText {

	private XmlText() {
	}

	/**
	 * The text without what XML 1.0 forbids or a page cannot show: control characters
	 * other than tab and line breaks, C1 controls, lone surrogates and the non-characters
	 * U+FFFE and U+FFFF. Line breaks become {@code \n}; {@code null} becomes "".
	 */
	public static String clean(String text) {
		if (text == null) {
			return "";
		}
		String lines = text.replace("\r\n", "\n").replace('\r', '\n');
		StringBuilder kept = new StringBuilder(lines.length());
		for (int i = 0; i < lines.length(); i++) {
			char c = lines.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < lines.length()
					&& Character.isLowSurrogate(lines.charAt(i + 1))) {
				kept.append(c).append(lines.charAt(++i));
			}
			else if (allowed(c)) {
				kept.append(c);
			}
		}
		return kept.toString();
	}

	/**
	 * {@link #clean(String)} and escaped for XML element content and attribute values.
	 */
	public static String escape(String text) {
		String clean = clean(text);
		StringBuilder escaped = new StringBuilder(clean.length() + 16);
		for (int i = 0; i < clean.length(); i++) {
			char c = clean.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	private static boolean allowed(char c) {
		if (c == '\t' || c == '\n') {
			return true;
		}
		if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
			return false;
		}
		return !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
	}

}
