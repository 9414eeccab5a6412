package org.urgentaction.importer.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web addresses in a value.
 */
final class Links {

	private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"]+");

	private Links() {
	}

	static String first(String value) {
		Matcher matcher = URL.matcher(value == null ? "" : value);
		return matcher.find() ? matcher.group().replaceAll("[.,;)]+$", "") : null;
	}

}
