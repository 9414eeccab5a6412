package org.urgentaction.mailing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads SMTP replies: lines of a three-digit code, {@code '-'} on every line but the
 * last, and text ({@code "250-first"}, {@code "250 last"}).
 */
final class SmtpReplies {

	private static final int MAX_LINE = 4096;

	private final InputStream in;

	private final byte[] line = new byte[MAX_LINE];

	SmtpReplies(InputStream in) {
		this.in = in;
	}

	/**
	 * The next reply; an end of stream or a line that is no reply is a broken connection.
	 */
	Reply read() throws IOException {
		List<String> lines = new ArrayList<>(1);
		while (true) {
			String text = readLine();
			if (text.length() < 3 || !digits(text) || (text.length() > 3 && " -".indexOf(text.charAt(3)) < 0)) {
				throw new IOException("Not an SMTP reply: " + text);
			}
			lines.add((text.length() > 4) ? text.substring(4) : "");
			if (text.length() == 3 || text.charAt(3) == ' ') {
				return new Reply(Integer.parseInt(text.substring(0, 3)), lines);
			}
		}
	}

	private String readLine() throws IOException {
		int length = 0;
		int b;
		while ((b = in.read()) != '\n') {
			if (b < 0) {
				throw new IOException("The server closed the connection");
			}
			if (length < MAX_LINE) {
				line[length++] = (byte) b;
			}
		}
		if (length > 0 && line[length - 1] == '\r') {
			length--;
		}
		return new String(line, 0, length, StandardCharsets.UTF_8);
	}

	private static boolean digits(String text) {
		for (int i = 0; i < 3; i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	/**
	 * One reply: its code and the text of each of its lines.
	 */
	record Reply(int code, List<String> lines) {

		boolean positive() {
			return code >= 200 && code < 300;
		}

		String text() {
			return String.join(" ", lines).strip();
		}

	}

}
