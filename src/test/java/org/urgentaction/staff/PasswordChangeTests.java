package org.urgentaction.staff;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.StaffClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff change their own password; every other session of the account ends.
 */
@AppTest
class PasswordChangeTests {

	private static final String OLD = "the-old-password";

	private static final String NEW = "the-new-password";

	@LocalServerPort
	int port;

	@Autowired
	StaffAccounts accounts;

	@Test
	void changingThePasswordEndsTheOtherSessions() {
		String email = "password-" + UUID.randomUUID() + "@example.org";
		accounts.create(email, "Viewer", Role.VIEWER, OLD, "test");
		StaffClient here = new StaffClient(port);
		StaffClient elsewhere = new StaffClient(port);
		here.logIn(email, OLD);
		elsewhere.logIn(email, OLD);
		assertThat(elsewhere.get("/admin/uas").statusCode()).isEqualTo(200);

		here.get("/admin/account");
		var wrong = here.post("/admin/account/password",
				Map.of("current", "not-the-password", "password", NEW, "repeated", NEW));
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("This is not your current password.");
		var mismatch = here.post("/admin/account/password",
				Map.of("current", OLD, "password", NEW, "repeated", NEW + "x"));
		assertThat(mismatch.body()).contains("The two new passwords differ.");
		assertThat(elsewhere.get("/admin/uas").statusCode()).as("nothing changed yet").isEqualTo(200);

		var changed = here.post("/admin/account/password", Map.of("current", OLD, "password", NEW, "repeated", NEW));
		assertThat(here.follow(changed).body()).contains("The password was changed");
		assertThat(here.get("/admin/uas").statusCode()).as("this session goes on").isEqualTo(200);
		assertThat(elsewhere.get("/admin/uas").statusCode()).as("the other session has ended").isEqualTo(302);

		assertThat(new StaffClient(port).logIn(email, OLD).headers().firstValue("Location").orElseThrow())
			.contains("/admin/login?error");
		assertThat(new StaffClient(port).logIn(email, NEW).headers().firstValue("Location").orElseThrow())
			.endsWith("/admin");
	}

}
