package org.urgentaction.subscriber;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a client address into the key that rate limits count by, so that no address is
 * stored: an HMAC-SHA256 with a random secret kept in the database (every node uses the
 * same one), of the address itself for IPv4 and of its /64 network for IPv6 (one
 * household or machine usually holds a whole /64).
 */
@Component
public class ClientKeys {

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private volatile SecretKeySpec secret;

	ClientKeys(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The key of a client address (40 hex characters), or null when there is none.
	 */
	public String of(String address) {
		if (address == null || address.isBlank()) {
			return null;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(secret());
			byte[] hash = mac.doFinal(network(address.strip()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 20);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String network(String address) {
		if (!address.contains(":")) {
			return address;
		}
		try {
			byte[] bytes = InetAddress.getByName(address.replaceAll("^\\[|]$|%.*$", "")).getAddress();
			if (bytes.length == 16) {
				Arrays.fill(bytes, 8, 16, (byte) 0);
			}
			return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

	private SecretKeySpec secret() {
		SecretKeySpec key = secret;
		if (key == null) {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			String stored = ownTransaction.execute((status) -> {
				jdbc.sql("insert into client_key_secret (id, secret) values (1, :secret) on conflict do nothing")
					.param("secret", Base64.getEncoder().encodeToString(random))
					.update();
				return jdbc.sql("select secret from client_key_secret where id = 1").query(String.class).single();
			});
			key = new SecretKeySpec(Base64.getDecoder().decode(stored), "HmacSHA256");
			secret = key;
		}
		return key;
	}

}
