package org.urgentaction.system;

/**
 * Text no field may hold: NUL characters (databases and mail refuse them) and surrogates
 * without their other half (not text at all, they cannot be written as UTF-8).
 */
public final class Text {

	private Text() {
	}

	public static boolean acceptable(String text) {
		if (text == null) {
			return true;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0) {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

}
