package org.urgentaction.mailing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The quoted-printable transfer encoding of RFC 2045 for UTF-8 text, done on a byte array
 * at once: Jakarta Mail's encoder passes every byte through several streams, which made
 * it the largest cost of a mass mailing. Line breaks become CRLF; no encoded line is
 * longer than 76 characters.
 */
final class QuotedPrintable {

	private static final int MAX_LINE = 76;

	private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

	private byte[] out;

	private int length;

	private QuotedPrintable(int capacity) {
		this.out = new byte[capacity];
	}

	static byte[] encode(String text) {
		byte[] in = text.getBytes(StandardCharsets.UTF_8);
		QuotedPrintable encoder = new QuotedPrintable(in.length + in.length / 4 + 16);
		encoder.encode(in);
		return Arrays.copyOf(encoder.out, encoder.length);
	}

	private void encode(byte[] in) {
		int column = 0;
		for (int i = 0; i < in.length; i++) {
			int b = in[i] & 0xff;
			if (lineBreakAt(in, i)) {
				if (b == '\r') {
					i++;
				}
				put('\r');
				put('\n');
				column = 0;
				continue;
			}
			boolean endOfLine = i + 1 == in.length || lineBreakAt(in, i + 1);
			boolean literal = (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !endOfLine);
			int width = literal ? 1 : 3;
			// a soft break ("=") must still fit on the line, unless this is its last
			// character
			if (column + width > (endOfLine ? MAX_LINE : MAX_LINE - 1)) {
				put('=');
				put('\r');
				put('\n');
				column = 0;
			}
			if (literal) {
				put(b);
			}
			else {
				put('=');
				put(HEX[b >> 4]);
				put(HEX[b & 0x0f]);
			}
			column += width;
		}
	}

	/**
	 * A line feed, or a carriage return and line feed; a lone carriage return is encoded.
	 */
	private static boolean lineBreakAt(byte[] in, int i) {
		return in[i] == '\n' || (in[i] == '\r' && i + 1 < in.length && in[i + 1] == '\n');
	}

	private void put(int b) {
		if (length == out.length) {
			out = Arrays.copyOf(out, out.length * 2);
		}
		out[length++] = (byte) b;
	}

}
