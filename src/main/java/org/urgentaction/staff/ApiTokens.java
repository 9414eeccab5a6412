package org.urgentaction.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;

/**
 * Bearer tokens for the API. Only a token's SHA-256 hash is stored; the token itself is
 * shown once, when it is created.
 */
@Service
public class ApiTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates a token for a staff member and returns it; it cannot be read again.
	 */
	@Transactional
	public String create(long staffId, String name, String actor) {
		if (name == null || name.isBlank()) {
			throw new InvalidInputException(new FieldProblem("name", "validation.required"));
		}
		if (name.strip().length() > 200) {
			throw new InvalidInputException(new FieldProblem("name", "validation.length", 200));
		}
		name = name.strip();
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = "uat_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		jdbc.sql("insert into api_token (staff_id, name, token_hash, created_at) values (:staff, :name, :hash, :now)")
			.param("staff", staffId)
			.param("name", name)
			.param("hash", hash(token))
			.param("now", Timestamp.from(clock.instant()))
			.update();
		audit.record(actor, "API_TOKEN_CREATED", "staff_account", staffId, name);
		return token;
	}

	@Transactional
	public void revoke(long tokenId, String actor) {
		int revoked = jdbc.sql("update api_token set revoked_at = :now where id = :id and revoked_at is null")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", tokenId)
			.update();
		if (revoked == 1) {
			audit.record(actor, "API_TOKEN_REVOKED", "api_token", tokenId, null);
		}
	}

	public List<TokenInfo> list() {
		return jdbc.sql("""
				select t.id, t.name, s.email, t.created_at, t.revoked_at from api_token t
				join staff_account s on s.id = t.staff_id order by t.id desc
				""").query(TokenInfo.class).list();
	}

	/**
	 * The enabled staff account a valid, unrevoked token belongs to.
	 */
	Optional<StaffAccount> owner(String token) {
		return jdbc.sql("""
				select s.* from api_token t join staff_account s on s.id = t.staff_id
				where t.token_hash = :hash and t.revoked_at is null and s.enabled
				""").param("hash", hash(token)).query(StaffAccount.class).optional();
	}

	static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public record TokenInfo(long id, String name, String email, Instant createdAt, Instant revokedAt) {

		public ZonedDateTime createdAtUtc() {
			return createdAt.atZone(ZoneOffset.UTC);
		}

		public ZonedDateTime revokedAtUtc() {
			return (revokedAt != null) ? revokedAt.atZone(ZoneOffset.UTC) : null;
		}

	}

}
