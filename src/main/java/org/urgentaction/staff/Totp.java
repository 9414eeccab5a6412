package org.urgentaction.staff;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 6 digits, 30 s), as authenticator
 * apps make them. A code is accepted one step early or late, and never twice.
 */
@Component
class Totp {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();

	private final Clock clock;

	Totp(Clock clock) {
		this.clock = clock;
	}

	static String newSecret() {
		byte[] secret = new byte[20];
		RANDOM.nextBytes(secret);
		return new Base32().encodeToString(secret).replace("=", "");
	}

	static String uri(String issuer, String account, String secret) {
		String label = encode(issuer) + ":" + encode(account);
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=6&period=30";
	}

	/**
	 * The time step the code belongs to, if it is right for now and later than
	 * {@code lastStep}.
	 */
	OptionalLong verify(String secret, String code, Long lastStep) {
		String digits = (code == null) ? "" : code.replace(" ", "").strip();
		if (secret == null || !digits.matches("[0-9]{6}")) {
			return OptionalLong.empty();
		}
		int expected = Integer.parseInt(digits);
		long step = clock.instant().getEpochSecond() / 30;
		for (long candidate = step - 1; candidate <= step + 1; candidate++) {
			if ((lastStep == null || candidate > lastStep) && code(secret, candidate) == expected) {
				return OptionalLong.of(candidate);
			}
		}
		return OptionalLong.empty();
	}

	int code(String secret, long step) {
		try {
			byte[] key = new Base32().decode(secret);
			return generator.generateOneTimePassword(new SecretKeySpec(key, generator.getAlgorithm()),
					Instant.ofEpochSecond(step * 30));
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
