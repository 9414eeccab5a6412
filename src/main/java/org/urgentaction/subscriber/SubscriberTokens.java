package org.urgentaction.subscriber;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;
import org.urgentaction.system.AppProperties;
import org.urgentaction.system.TokenSecret;

/**
 * Signed, expiring links instead of passwords: {@code payload.signature}, where the
 * payload names the purpose, the subscriber and the expiry, and the signature is an
 * HMAC-SHA256 with the {@link TokenSecret}. Nothing is stored, so every node checks every
 * link.
 */
@Component
public class SubscriberTokens {

	/**
	 * What a link may do. {@code MANAGE} is in every mail (preferences, pause,
	 * unsubscribe); {@code DATA} is sent on request and lets one download or delete one's
	 * data.
	 */
	public enum Purpose {

		CONFIRM("c"), MANAGE("m"), DATA("d");

		private final String code;

		Purpose(String code) {
			this.code = code;
		}

	}

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final SecretKeySpec key;

	private final AppProperties.Mailing settings;

	private final Clock clock;

	/**
	 * A keyed MAC per thread: looking one up and keying it costs more than signing, and a
	 * mass mailing signs a link for every message.
	 */
	private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

	SubscriberTokens(AppProperties properties, TokenSecret secret, Clock clock) {
		this.settings = properties.mailing();
		this.key = new SecretKeySpec(secret.value().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		this.clock = clock;
	}

	public String create(Purpose purpose, long subscriberId) {
		Duration validity = switch (purpose) {
			case CONFIRM -> settings.confirmLinkValidity();
			case MANAGE -> settings.manageLinkValidity();
			case DATA -> settings.dataLinkValidity();
		};
		long expires = clock.instant().plus(validity).getEpochSecond();
		String payload = purpose.code + "." + subscriberId + "." + expires;
		return ENCODER.encodeToString(payload.getBytes(StandardCharsets.US_ASCII)) + "." + sign(payload);
	}

	/**
	 * The subscriber a genuine, unexpired token for {@code purpose} names.
	 */
	public Optional<Long> verify(String token, Purpose purpose) {
		return check(token, purpose).filter((result) -> !result.expired()).map(Checked::subscriberId);
	}

	/**
	 * Tells a forged or malformed token (empty) from a genuine one, expired or not.
	 */
	Optional<Checked> check(String token, Purpose purpose) {
		if (token == null || token.length() > 200) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		try {
			String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)),
					StandardCharsets.US_ASCII);
			byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
			if (!MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
				return Optional.empty();
			}
			String[] parts = payload.split("\\.");
			if (parts.length != 3 || !parts[0].equals(purpose.code)) {
				return Optional.empty();
			}
			long expires = Long.parseLong(parts[2]);
			return Optional
				.of(new Checked(Long.parseLong(parts[1]), clock.instant().isAfter(Instant.ofEpochSecond(expires))));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private String sign(String payload) {
		return ENCODER.encodeToString(macs.get().doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Checked(long subscriberId, boolean expired) {
	}

}
