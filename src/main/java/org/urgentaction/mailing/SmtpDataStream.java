package org.urgentaction.mailing;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Turns message text into SMTP data: every line end (CR, LF or CRLF) becomes CRLF and a
 * line that starts with {@code "."} gets a second one. Runs of ordinary bytes are passed
 * on in one write.
 */
final class SmtpDataStream extends FilterOutputStream {

	private boolean atLineStart = true;

	private boolean afterCr;

	SmtpDataStream(OutputStream out) {
		super(out);
	}

	/**
	 * {@code lines} (starting at the beginning of a line) with every line end as CRLF and
	 * every line that starts with {@code "."} given a second one.
	 */
	static byte[] transmissionForm(byte[] lines) {
		ByteArrayOutputStream result = new ByteArrayOutputStream(lines.length + 16);
		try {
			new SmtpDataStream(result).write(lines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return result.toByteArray();
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		int end = offset + length;
		int run = offset;
		for (int i = offset; i < end; i++) {
			byte b = bytes[i];
			if (b == '\r' || b == '\n' || afterCr || (atLineStart && b == '.')) {
				out.write(bytes, run, i - run);
				write(b);
				run = i + 1;
			}
			else {
				atLineStart = false;
			}
		}
		out.write(bytes, run, end - run);
	}

	@Override
	public void write(int b) throws IOException {
		if (afterCr) {
			afterCr = false;
			out.write('\n');
			atLineStart = true;
			if (b == '\n') {
				return;
			}
		}
		if (b == '\r') {
			out.write('\r');
			afterCr = true;
			return;
		}
		if (b == '\n') {
			out.write('\r');
			out.write('\n');
			atLineStart = true;
			return;
		}
		if (atLineStart && b == '.') {
			out.write('.');
		}
		out.write(b);
		atLineStart = false;
	}

	/**
	 * Ends the last line, if the text did not.
	 */
	void finish() throws IOException {
		if (afterCr) {
			write('\n');
		}
		else if (!atLineStart) {
			write('\n');
		}
	}

	@Override
	public void close() throws IOException {
		finish();
	}

}
