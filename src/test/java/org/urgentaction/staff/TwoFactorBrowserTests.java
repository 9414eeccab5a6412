package org.urgentaction.staff;

import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Browser;
import org.urgentaction.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TOTP logins end to end in Chromium: an administrator who must have a second factor sets
 * it up at the first login and gives a code at the next; a coordinator chooses to turn it
 * on. A password alone no longer opens these accounts, not even with HTTP Basic.
 */
@AppTest
@TestPropertySource(properties = "ua.staff.require-2fa=true")
class TwoFactorBrowserTests {

	private static final String PASSWORD = "coordinator-password";

	@LocalServerPort
	int port;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	StaffRepository staff;

	private final Totp totp = new Totp(Clock.systemUTC());

	@Test
	void anAdministratorSetsUpTheSecondFactorAndThenLogsInWithCodes() {
		try (Browser browser = new Browser(port)) {
			browser.logIn(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
			assertThat(browser.driver().getCurrentUrl()).endsWith("/admin/login/setup");
			browser.open("/admin/uas");
			assertThat(browser.driver().getCurrentUrl()).as("not logged in yet").endsWith("/admin/login");

			browser.logIn(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
			String secret = browser.find(".totp-secret").getText().replace(" ", "");
			assertThat(browser.find("a[href^='otpauth://totp/']").getAttribute("href")).contains("secret=" + secret);
			browser.type("input[name=code]", "000000".equals(code(secret, 0)) ? "111111" : "000000");
			browser.find("input[name=code]").submit();
			assertThat(browser.text()).contains("This code is wrong");
			String setupCode = code(secret, 0);
			browser.type("input[name=code]", setupCode);
			browser.find("input[name=code]").submit();
			assertThat(browser.driver().getCurrentUrl()).contains("/admin/uas");
			assertThat(staff.findByEmail(AppTest.ADMIN_EMAIL).orElseThrow().hasSecondFactor()).isTrue();

			logOut(browser);
			browser.logIn(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
			assertThat(browser.driver().getCurrentUrl()).endsWith("/admin/login/code");
			browser.type("input[name=code]", setupCode);
			browser.find("input[name=code]").submit();
			assertThat(browser.text()).as("a code works once").contains("This code is wrong");
			browser.type("input[name=code]", code(secret, 1));
			browser.find("input[name=code]").submit();
			assertThat(browser.driver().getCurrentUrl()).contains("/admin/uas");
			browser.open("/admin/staff");
			assertThat(browser.text()).contains("Staff accounts");
		}
		assertThat(new Http(port).get("/api/uas?status=DRAFT", Http.basic(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD))
			.statusCode()).as("a password alone does not open the API").isEqualTo(401);
	}

	@Test
	void aCoordinatorTurnsOnTheOptionalSecondFactor() {
		String email = "totp-" + UUID.randomUUID() + "@example.org";
		accounts.create(email, "Optional", Role.COORDINATOR, PASSWORD, "test");
		try (Browser browser = new Browser(port)) {
			browser.logIn(email, PASSWORD);
			assertThat(browser.driver().getCurrentUrl()).contains("/admin/uas");
			browser.open("/admin/account");
			browser.driver().findElement(By.cssSelector("form[action$='/second-factor/start'] button")).click();
			String secret = browser.find(".totp-secret").getText().replace(" ", "");
			browser.type("form[action$='/second-factor/confirm'] input[name=code]", code(secret, 0));
			browser.find("form[action$='/second-factor/confirm'] input[name=code]").submit();
			assertThat(browser.text()).contains("The second factor is on");

			logOut(browser);
			browser.logIn(email, PASSWORD);
			assertThat(browser.driver().getCurrentUrl()).endsWith("/admin/login/code");
			browser.type("input[name=code]", code(secret, 1));
			browser.find("input[name=code]").submit();
			assertThat(browser.driver().getCurrentUrl()).contains("/admin/uas");
		}
	}

	private String code(String secret, int stepsAhead) {
		long step = Clock.systemUTC().instant().getEpochSecond() / 30 + stepsAhead;
		return String.format("%06d", totp.code(secret, step));
	}

	private static void logOut(Browser browser) {
		browser.open("/admin/account");
		WebElement page = browser.driver().findElement(By.tagName("html"));
		browser.driver().findElement(By.cssSelector("form[action$='/admin/logout'] button")).click();
		browser.waitUntilLeft(page);
	}

}
