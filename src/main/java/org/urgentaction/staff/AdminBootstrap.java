package org.urgentaction.staff;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.system.AppProperties;

/**
 * Creates the first administrator when there is none: from {@code UA_ADMIN_EMAIL} and
 * {@code UA_ADMIN_PASSWORD}, or, outside production, with a generated password that is
 * printed once.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	static final String DEFAULT_EMAIL = "admin@localhost";

	private final StaffRepository staff;

	private final PasswordEncoder encoder;

	private final AppProperties properties;

	private final Environment environment;

	private final AuditLog audit;

	private final Clock clock;

	AdminBootstrap(StaffRepository staff, PasswordEncoder encoder, AppProperties properties, Environment environment,
			AuditLog audit, Clock clock) {
		this.staff = staff;
		this.encoder = encoder;
		this.properties = properties;
		this.environment = environment;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (staff.anyAdmin()) {
			return;
		}
		String email = blank(properties.admin().email()) ? DEFAULT_EMAIL : properties.admin().email();
		String password = properties.admin().password();
		boolean generated = blank(password);
		if (generated && environment.acceptsProfiles(Profiles.of("prod"))) {
			throw new IllegalStateException(
					"No administrator exists: set UA_ADMIN_EMAIL and UA_ADMIN_PASSWORD for the first start");
		}
		if (generated) {
			password = randomPassword();
		}
		try {
			long id = staff.insert(email, "Administrator", encoder.encode(password), Role.ADMIN, clock.instant());
			audit.record("system", "STAFF_CREATED", "staff_account", id, email + " as ADMIN (first start)");
		}
		catch (DuplicateKeyException otherNodeWasFaster) {
			return;
		}
		if (generated) {
			String url = properties.site().baseUrl() + "/admin";
			log.warn("""

					==================================================================
					  Administrator created. Log in at {}
					    email:    {}
					    password: {}
					  This password is shown only now. Set UA_ADMIN_EMAIL and
					  UA_ADMIN_PASSWORD to choose your own on a new database.
					==================================================================""", url, email, password);
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
