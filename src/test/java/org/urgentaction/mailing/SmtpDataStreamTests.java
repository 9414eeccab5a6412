package org.urgentaction.mailing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Message text turned into SMTP data: CRLF line ends, dot-stuffing, a final CRLF.
 */
class SmtpDataStreamTests {

	@Test
	void lineEndsBecomeCrlf() throws IOException {
		assertThat(data("a\nb\r\nc\rd")).isEqualTo("a\r\nb\r\nc\r\nd\r\n");
	}

	@Test
	void linesStartingWithADotGetASecondOne() throws IOException {
		assertThat(data(".a\r\nb.c\r\n.\r\n..d\n")).isEqualTo("..a\r\nb.c\r\n..\r\n...d\r\n");
	}

	@Test
	void theSameAcrossWritesOfAnySize() throws IOException {
		String text = ".first\r\nsecond\n.third\r\r\n.";
		String whole = data(text);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SmtpDataStream stream = new SmtpDataStream(out);
		byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
		for (int i = 0; i < bytes.length; i += 2) {
			stream.write(bytes, i, Math.min(2, bytes.length - i));
		}
		stream.finish();
		assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo(whole)
			.isEqualTo("..first\r\nsecond\r\n..third\r\n\r\n..\r\n");
	}

	@Test
	void textEndingWithALineEndGetsNoEmptyLine() throws IOException {
		assertThat(data("a\r\n")).isEqualTo("a\r\n");
		assertThat(data("a\r")).isEqualTo("a\r\n");
		assertThat(data("")).isEmpty();
	}

	private static String data(String text) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SmtpDataStream stream = new SmtpDataStream(out);
		stream.write(text.getBytes(StandardCharsets.US_ASCII));
		stream.finish();
		return out.toString(StandardCharsets.US_ASCII);
	}

}
