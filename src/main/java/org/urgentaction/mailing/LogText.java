package org.urgentaction.mailing;

import java.util.regex.Pattern;

/**
 * Mail servers' replies often name the recipient ({@code 550 5.1.1 <ana@example.org>:
 * unknown user}); logs must not carry personal data, so addresses become
 * {@code <address>} there (the outbox keeps the full reply for staff).
 */
final class LogText {

	private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:\\[\\]]+@[^\\s<>\"'(),;:\\[\\]]+");

	private LogText() {
	}

	static String withoutAddresses(String text) {
		return (text == null) ? null : ADDRESS.matcher(text).replaceAll("<address>");
	}

}
