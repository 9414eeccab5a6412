package org.urgentaction.mailing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A mail encoded once for every recipient of a mailing in one language: its bytes in SMTP
 * transmission form (quoted-printable, CRLF, dot-stuffed), with gaps for what differs per
 * recipient. Only the lines that hold a placeholder are encoded for each recipient, which
 * is possible because quoted-printable encodes every line on its own.
 */
final class EncodedMail {

	/** The parts of a mail that are written for each recipient. */
	enum Field {

		DATE, TO, MESSAGE_ID, UNSUBSCRIBE_URL

	}

	private final List<Object> pieces;

	private EncodedMail(List<Object> pieces) {
		this.pieces = pieces;
	}

	/**
	 * The mail for one recipient. {@code fields} gives the value of every {@link Field},
	 * {@code values} those of the placeholders, by name.
	 */
	OutgoingMessage address(String from, String to, Map<Field, String> fields, Map<String, String> values) {
		byte[][] filled = new byte[pieces.size()][];
		for (int i = 0; i < filled.length; i++) {
			Object piece = pieces.get(i);
			if (piece instanceof byte[] bytes) {
				filled[i] = bytes;
			}
			else if (piece instanceof Field field) {
				filled[i] = fields.get(field).getBytes(StandardCharsets.UTF_8);
			}
			else {
				filled[i] = encodeLine(((Placeholders) piece).fill(values));
			}
		}
		return new Addressed(from, to, filled);
	}

	/**
	 * The encoded form of one line of text (without its line break).
	 */
	static byte[] encodeLine(String line) {
		return SmtpDataStream.transmissionForm(QuotedPrintable.encode(line));
	}

	/**
	 * Builds a mail piece by piece; consecutive constant pieces are joined.
	 */
	static final class Builder {

		private final List<Object> pieces = new ArrayList<>();

		private final ByteArrayOutputStream constant = new ByteArrayOutputStream(8192);

		/**
		 * ASCII text written as it is (headers, boundaries); it must not hold a line
		 * starting with ".".
		 */
		Builder ascii(String text) {
			constant.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
			return this;
		}

		Builder field(Field field) {
			flush();
			pieces.add(field);
			return this;
		}

		/**
		 * A text encoded as quoted-printable, line by line; lines with a placeholder are
		 * encoded per recipient.
		 */
		Builder quotedPrintable(String text, List<String> placeholders) {
			int start = 0;
			while (start <= text.length()) {
				int end = text.indexOf('\n', start);
				int next = (end < 0) ? text.length() + 1 : end + 1;
				if (end < 0) {
					end = text.length();
				}
				else if (end > start && text.charAt(end - 1) == '\r') {
					end--;
				}
				line(text.substring(start, end), placeholders);
				if (next <= text.length()) {
					ascii("\r\n");
				}
				start = next;
			}
			return this;
		}

		private void line(String line, List<String> placeholders) {
			Placeholders split = Placeholders.split(line, placeholders);
			if (split.isConstant()) {
				constant.writeBytes(encodeLine(line));
			}
			else {
				flush();
				pieces.add(split);
			}
		}

		EncodedMail build() {
			flush();
			return new EncodedMail(List.copyOf(pieces));
		}

		private void flush() {
			if (constant.size() > 0) {
				pieces.add(constant.toByteArray());
				constant.reset();
			}
		}

	}

	private record Addressed(String from, String to, byte[][] pieces) implements OutgoingMessage {

		@Override
		public void writeTo(OutputStream out) throws IOException {
			for (byte[] piece : pieces) {
				out.write(piece);
			}
		}

	}

}
