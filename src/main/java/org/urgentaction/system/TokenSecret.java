package org.urgentaction.system;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The key that signs links in mails: {@code ua.mailing.token-secret} when it is set, or
 * else a random one generated on the first start and kept in the database, so that every
 * node of an instance shares it and no two instances have the same.
 */
@Component
public class TokenSecret {

	private static final Logger log = LoggerFactory.getLogger(TokenSecret.class);

	static final String NAME = "mailing-token";

	private final String value;

	TokenSecret(AppProperties properties, JdbcClient jdbc) {
		String configured = properties.mailing().tokenSecret();
		this.value = configured(configured) ? configured : stored(jdbc);
	}

	public String value() {
		return value;
	}

	static boolean configured(String secret) {
		return secret != null && !secret.isBlank() && !secret.startsWith("change-me");
	}

	private static String stored(JdbcClient jdbc) {
		var existing = jdbc.sql("select secret from app_secret where name = :name")
			.param("name", NAME)
			.query(String.class)
			.optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		byte[] random = new byte[48];
		new SecureRandom().nextBytes(random);
		String secret = Base64.getEncoder().encodeToString(random);
		try {
			jdbc.sql("insert into app_secret (name, secret) values (:name, :secret)")
				.param("name", NAME)
				.param("secret", secret)
				.update();
			log.info("UA_MAILING_TOKEN_SECRET is not set: generated a random one and kept it in the database");
			return secret;
		}
		catch (DuplicateKeyException otherNodeWasFaster) {
			return stored(jdbc);
		}
	}

}
