package org.urgentaction.mailing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quoted-printable encoder against Jakarta Mail's decoder and the rules of RFC 2045.
 */
class QuotedPrintableTests {

	private static final String ALPHABET = "abc XYZ=.\t\n\r\nКазахстан Серикжан Билаш العربية 😀 -_~!\"#";

	private final Random random = new Random();

	@Test
	void keepsPlainTextReadableAndEncodesTheRest() {
		String encoded = new String(QuotedPrintable.encode("Dear Minister = Серик\nend \n"), StandardCharsets.US_ASCII);
		assertThat(encoded).startsWith("Dear Minister =3D =D0=A1").endsWith("\r\nend=20\r\n");
	}

	@RepeatedTest(200)
	void decodesToTheOriginalWithShortLines() throws Exception {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(600);
		for (int i = 0; i < length; i++) {
			text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			if (random.nextInt(50) == 0) {
				text.append(" ".repeat(random.nextInt(90)));
			}
		}
		String original = text.toString().replace("\ud83d", "x").replace("\ude00", "y");
		byte[] encoded = QuotedPrintable.encode(original);
		String ascii = new String(encoded, StandardCharsets.US_ASCII);
		for (String line : ascii.split("\r\n", -1)) {
			assertThat(line.length()).as("line length of %s", line).isLessThanOrEqualTo(76);
			assertThat(line).doesNotEndWith(" ").doesNotEndWith("\t").doesNotContain("\r").doesNotContain("\n");
		}
		assertThat(decode(encoded)).isEqualTo(original.replace("\r\n", "\n").replace("\n", "\r\n"));
	}

	private static String decode(byte[] encoded) throws MessagingException, IOException {
		try (InputStream in = MimeUtility.decode(new ByteArrayInputStream(encoded), "quoted-printable")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
