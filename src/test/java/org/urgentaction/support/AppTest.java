package org.urgentaction.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, on the test database of this run (H2 or
 * PostgreSQL), with the sample data and an administrator {@value #ADMIN_EMAIL} /
 * {@value #ADMIN_PASSWORD}. Passwords are hashed with {@link QuickPasswordHashing}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ua.admin.email=" + AppTest.ADMIN_EMAIL, "ua.admin.password=" + AppTest.ADMIN_PASSWORD,
				"spring.mail.port=0",
				// every test client comes from 127.0.0.1: ConfirmationLimitTests,
				// LetterLimitTests
				// and LoginThrottleTests set the real limits
				"ua.subscriptions.mails-per-client-per-hour=100000", "ua.letters.limits.per-client=100000",
				"ua.staff.free-failures-per-address=100000" })
@Import(QuickPasswordHashing.class)
public @interface AppTest {

	String ADMIN_EMAIL = "admin@example.org";

	String ADMIN_PASSWORD = "test-admin-password";

}
