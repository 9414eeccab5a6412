package org.urgentaction.staff;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.support.StaffClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators manage staff accounts and API tokens; the history shows it.
 */
@AppTest
class StaffAdminPageTests {

	private static final String PASSWORD = "a-long-enough-password";

	private static final String DRAFT = """
			{"kind":"INITIAL","uaNumber":"%s","country":"Chile","issueDate":"2025-01-10","title":"Token draft"}
			""";

	@LocalServerPort
	int port;

	@Autowired
	StaffRepository repository;

	StaffClient admin;

	@BeforeEach
	void logIn() {
		admin = new StaffClient(port);
		admin.logIn(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
	}

	@Test
	void anAdminCreatesACoordinatorWhoMayEditButNotManageStaff() {
		String email = uniqueEmail();
		HttpResponse<String> created = admin.post("/admin/staff",
				Map.of("email", email, "displayName", "Coco Ordinator", "role", "COORDINATOR", "password", PASSWORD));
		assertThat(admin.follow(created).body()).contains("The account was created.", email);
		StaffClient coordinator = new StaffClient(port);
		assertThat(coordinator.logIn(email, PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin"));
		assertThat(coordinator.get("/admin/uas").statusCode()).isEqualTo(200);
		assertThat(coordinator.get("/admin/uas").body()).doesNotContain("/admin/staff");
		assertThat(coordinator.get("/admin/staff").statusCode()).isEqualTo(403);
		assertThat(coordinator
			.post("/admin/staff",
					Map.of("email", uniqueEmail(), "displayName", "X", "role", "ADMIN", "password", PASSWORD))
			.statusCode()).isEqualTo(403);
		assertThat(admin.get("/admin/audit").body()).contains("Staff account created", email + " as COORDINATOR");
	}

	@Test
	void badAccountDataComesBackWithMessagesAndCreatesNothing() {
		int before = repository.findAll().size();
		HttpResponse<String> response = admin.post("/admin/staff",
				Map.of("email", "not an email", "displayName", "", "role", "VIEWER", "password", "short"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Not an email address: not an email", "This field is required.",
				"A password has at least 12 characters.");
		HttpResponse<String> duplicate = admin.post("/admin/staff",
				Map.of("email", AppTest.ADMIN_EMAIL, "displayName", "Again", "role", "VIEWER", "password", PASSWORD));
		assertThat(duplicate.body()).contains("There is already an account with this email address.");
		assertThat(repository.findAll()).hasSize(before);
	}

	@Test
	void aViewerReadsButCannotChangeDocuments() {
		String email = uniqueEmail();
		admin.post("/admin/staff",
				Map.of("email", email, "displayName", "Vi Ewer", "role", "VIEWER", "password", PASSWORD));
		StaffClient viewer = new StaffClient(port);
		viewer.logIn(email, PASSWORD);
		String list = viewer.get("/admin/uas").body();
		assertThat(list).contains("Human rights defender facing bogus charges").doesNotContain("/admin/uas/new");
		assertThat(viewer.post("/admin/uas", Map.of("uaNumber", "1/20")).statusCode()).isEqualTo(403);
		assertThat(
				new Http(port).postJson("/api/uas", DRAFT.formatted("7/33"), Http.basic(email, PASSWORD)).statusCode())
			.isEqualTo(403);
	}

	@Test
	void changingTheRoleOrDisablingEndsTheSessionsOfTheAccount() {
		String email = uniqueEmail();
		admin.follow(admin.post("/admin/staff",
				Map.of("email", email, "displayName", "Dis Abled", "role", "COORDINATOR", "password", PASSWORD)));
		long id = repository.findByEmail(email).orElseThrow().id();
		StaffClient other = new StaffClient(port);
		other.logIn(email, PASSWORD);
		assertThat(other.get("/admin/uas").statusCode()).isEqualTo(200);

		admin.follow(admin.post("/admin/staff/" + id + "/role", Map.of("role", "VIEWER")));
		assertThat(repository.findById(id).orElseThrow().role()).isEqualTo(Role.VIEWER);
		assertThat(other.get("/admin/uas").statusCode()).isEqualTo(302);

		other.logIn(email, PASSWORD);
		assertThat(other.get("/admin/uas").statusCode()).isEqualTo(200);
		assertThat(admin.follow(admin.post("/admin/staff/" + id + "/disable", Map.of())).body())
			.contains("The account is disabled");
		assertThat(other.get("/admin/uas").statusCode()).isEqualTo(302);
		assertThat(new StaffClient(port).logIn(email, PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).contains("/admin/login?error"));
	}

	@Test
	void theLastAdministratorCannotBeDisabledOrDemoted() {
		long id = repository.findByEmail(AppTest.ADMIN_EMAIL).orElseThrow().id();
		assertThat(admin.follow(admin.post("/admin/staff/" + id + "/disable", Map.of())).body())
			.contains("This is the last enabled administrator");
		admin.follow(admin.post("/admin/staff/" + id + "/role", Map.of("role", "VIEWER")));
		StaffAccount account = repository.findById(id).orElseThrow();
		assertThat(account.enabled()).isTrue();
		assertThat(account.role()).isEqualTo(Role.ADMIN);
	}

	@Test
	void aTokenAnAdminCreatesWorksForTheApiUntilItIsRevoked() {
		String email = uniqueEmail();
		admin.post("/admin/staff",
				Map.of("email", email, "displayName", "Inte Gration", "role", "COORDINATOR", "password", PASSWORD));
		long id = repository.findByEmail(email).orElseThrow().id();
		admin.get("/admin/staff");
		HttpResponse<String> page = admin.post("/admin/staff/" + id + "/tokens", Map.of("name", "importer script"));
		assertThat(page.statusCode()).isEqualTo(200);
		Matcher shown = Pattern.compile("id=\"token\">(uat_[A-Za-z0-9_-]+)<").matcher(page.body());
		assertThat(shown.find()).as(page.body()).isTrue();
		String token = shown.group(1);
		assertThat(admin.get("/admin/staff").body()).contains("importer script").doesNotContain(token);

		Http api = new Http(port);
		HttpResponse<String> created = api.postJson("/api/uas", DRAFT.formatted("8/33"), "Authorization",
				"Bearer " + token);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

		String list = admin.get("/admin/staff").body();
		Matcher revoke = Pattern.compile("action=\"/admin/staff/tokens/(\\d+)/revoke\"").matcher(list);
		long tokenId = 0;
		while (revoke.find()) {
			tokenId = Math.max(tokenId, Long.parseLong(revoke.group(1)));
		}
		admin.follow(admin.post("/admin/staff/tokens/" + tokenId + "/revoke", Map.of()));
		HttpResponse<String> refused = api.postJson("/api/uas", DRAFT.formatted("9/33"), "Authorization",
				"Bearer " + token);
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
		assertThat(api.postJson("/api/uas", DRAFT.formatted("9/33"), "Authorization", "Bearer uat_madeup").statusCode())
			.isEqualTo(401);
		assertThat(admin.get("/admin/audit").body()).contains("API token created", "API token revoked");
	}

	private static String uniqueEmail() {
		return "staff-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

}
