package org.urgentaction.section;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.staff.Role;
import org.urgentaction.staff.StaffAccounts;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.support.LiveUa;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sections through the API: created by an administrator, their version of a document read
 * with {@code ?section=}, their totals, and what their own staff may do.
 */
@AppTest
class SectionApiTests {

	static final String US_SECTION = """
			{"code": "US", "name": "Amnesty International USA", "countries": ["US"], "languages": ["en"],
			 "office": {"name": "AIUSA", "addressLines": ["311 West 43rd Street", "New York, NY 10036"],
			            "email": "uan@aiusa.org", "url": "https://www.amnestyusa.org", "phone": "+1 212 807 8400"},
			 "sender": {"name": "AIUSA Urgent Actions", "postalAddress": "311 West 43rd Street, New York, NY 10036"}}
			""";

	static final String US_VERSION = """
			{"copyTargets": [{"title": "Ambassador", "name": "H.E. Yerzhan Ashikbayev",
			  "organisation": "Embassy of Kazakhstan in the United States",
			  "addressLines": ["1401 16th St NW", "Washington DC 20036"], "country": "United States",
			  "emails": ["washington@mfa.kz"]}],
			 "note": "Please also send a copy to the Embassy in Washington."}
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	UaService uas;

	@Autowired
	StaffAccounts staff;

	Http http;

	String[] admin;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		admin = Http.basic(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
		if (http.get("/api/sections/US").statusCode() == 200) {
			assertThat(delete("/api/sections/US", admin).statusCode()).isEqualTo(204);
		}
		HttpResponse<String> created = http.postJson("/api/sections", US_SECTION, admin);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
	}

	@Test
	void anAdministratorCreatesASectionAndEveryoneReadsIt() {
		JsonNode list = read(http.get("/api/sections"));
		assertThat(list.toString()).contains("\"code\":\"US\"", "\"code\":\"FR\"", "uan@aiusa.org");
		JsonNode us = read(http.get("/api/sections/US"));
		assertThat(us.at("/office/addressLines/1").asString()).isEqualTo("New York, NY 10036");
		assertThat(us.at("/sender/name").asString()).isEqualTo("AIUSA Urgent Actions");

		String[] coordinator = sectionStaff("US", Role.COORDINATOR);
		assertThat(http.postJson("/api/sections", US_SECTION.replace("\"US\"", "\"CA\""), coordinator).statusCode())
			.isEqualTo(403);
		assertThat(http.postJson("/api/sections", US_SECTION.replace("\"US\"", "\"CA\"")).statusCode()).isEqualTo(401);
	}

	@Test
	void badSectionsAreProblemDocuments() {
		HttpResponse<String> taken = http.postJson("/api/sections", US_SECTION, admin);
		assertThat(taken.statusCode()).isEqualTo(422);
		assertThat(taken.body()).contains("\"field\":\"code\"");

		HttpResponse<String> bad = http.postJson("/api/sections", """
				{"code": "x y", "countries": ["USA", "FR"], "languages": ["english!"],
				 "office": {"email": "not-an-address", "url": "ftp://example.org"}}""", admin);
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(bad.body()).contains("\"field\":\"code\"", "\"field\":\"name\"", "\"field\":\"countries[0]\"",
				"\"field\":\"languages[0]\"", "\"field\":\"office.email\"", "\"field\":\"office.url\"",
				"already served by the section FR");

		assertThat(http.postJson("/api/sections", "{\"code\": [1]}", admin).statusCode()).isEqualTo(400);
		assertThat(http.postJson("/api/sections", "not json", admin).statusCode()).isEqualTo(400);
		assertThat(http.get("/api/sections/ZZ").statusCode()).isEqualTo(404);
		assertThat(delete("/api/sections/ZZ", admin).statusCode()).isEqualTo(404);
		HttpResponse<String> changed = http.putJson("/api/sections/US",
				US_SECTION.replace("\"name\": \"Amnesty International USA\"", "\"name\": \"AIUSA\""), admin);
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(read(http.get("/api/sections/US")).get("name").asString()).isEqualTo("AIUSA");
	}

	@Test
	void theSectionsCopyTargetIsInItsVersionOnly() {
		UaDocument document = LiveUa.publish(uas, LiveUa.uniqueNumber());
		HttpResponse<String> saved = http.putJson("/api/uas/" + document.id() + "/sections/US", US_VERSION, admin);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

		JsonNode us = read(http.get("/api/uas/" + document.id() + "?section=US"));
		int own = document.targets().size();
		assertThat(us.get("targets")).hasSize(own + 1);
		assertThat(us.at("/targets/" + own + "/name").asString()).isEqualTo("H.E. Yerzhan Ashikbayev");
		assertThat(us.at("/targets/" + own + "/copy").asBoolean()).isTrue();
		assertThat(us.at("/section/note").asString()).contains("Embassy in Washington");
		assertThat(us.at("/section/office/email").asString()).isEqualTo("uan@aiusa.org");
		assertThat(us.get("title").asString()).isEqualTo(document.title());

		JsonNode fr = read(http.get("/api/uas/" + document.id() + "?section=FR"));
		assertThat(fr.get("targets")).hasSize(own);
		assertThat(fr.toString()).doesNotContain("Ashikbayev");
		assertThat(read(http.get("/api/uas/" + document.id())).toString()).doesNotContain("Ashikbayev");
		assertThat(http.get("/api/uas/" + document.id() + "?section=ZZ").statusCode()).isEqualTo(404);

		HttpResponse<String> unnamed = http.putJson("/api/uas/" + document.id() + "/sections/US",
				"{\"copyTargets\": [{\"emails\": [\"nope\"]}]}", admin);
		assertThat(unnamed.statusCode()).isEqualTo(422);
		assertThat(unnamed.body()).contains("copyTargets[0].name");
	}

	@Test
	void aSectionCoordinatorWorksOnTheirSectionOnly() {
		UaDocument document = LiveUa.publish(uas, LiveUa.uniqueNumber());
		String[] coordinator = sectionStaff("US", Role.COORDINATOR);
		String network = http.get("/api/uas/" + document.id()).body();

		assertThat(http.putJson("/api/uas/" + document.id(), network, coordinator).statusCode()).isEqualTo(403);
		assertThat(http.postJson("/api/uas/" + document.id() + "/unpublish", "{}", coordinator).statusCode())
			.isEqualTo(403);
		assertThat(http.putJson("/api/uas/" + document.id() + "/sections/FR", US_VERSION, coordinator).statusCode())
			.isEqualTo(403);
		HttpResponse<String> own = http.putJson("/api/uas/" + document.id() + "/sections/US", US_VERSION, coordinator);
		assertThat(own.statusCode()).as(own.body()).isEqualTo(200);

		assertThat(http.get("/api/sections/FR/subscribers", coordinator).statusCode()).isEqualTo(403);
		HttpResponse<String> subscribers = http.get("/api/sections/US/subscribers", coordinator);
		assertThat(subscribers.statusCode()).isEqualTo(200);
		assertThat(read(subscribers).get("section").asString()).isEqualTo("US");
		assertThat(http.get("/api/sections/US/subscribers").statusCode()).isEqualTo(401);

		String[] viewer = sectionStaff("US", Role.VIEWER);
		assertThat(http.putJson("/api/uas/" + document.id() + "/sections/US", US_VERSION, viewer).statusCode())
			.isEqualTo(403);
		assertThat(http.get("/api/sections/US/subscribers", viewer).statusCode()).isEqualTo(200);
	}

	@Test
	void reportsCountInTheirSectionAndAllInTheGlobalTotal() {
		UaDocument document = LiveUa.publish(uas, LiveUa.uniqueNumber());
		String reports = "/api/uas/" + document.id() + "/reports";
		assertThat(http.postJson(reports, "{\"channel\":\"LETTER\",\"count\":3,\"country\":\"US\"}").statusCode())
			.isEqualTo(201);
		assertThat(http.postJson(reports, "{\"channel\":\"EMAIL\",\"count\":2,\"country\":\"FR\"}").statusCode())
			.isEqualTo(201);
		assertThat(http.postJson(reports, "{\"channel\":\"EMAIL\",\"count\":4,\"country\":\"KE\"}").statusCode())
			.isEqualTo(201);

		JsonNode us = read(http.get("/api/uas/" + document.id() + "/totals?section=US"));
		JsonNode fr = read(http.get("/api/uas/" + document.id() + "/totals?section=FR"));
		JsonNode global = read(http.get("/api/uas/" + document.id() + "/totals"));
		assertThat(us.get("actions").asLong()).isEqualTo(3);
		assertThat(fr.get("actions").asLong()).isEqualTo(2);
		assertThat(global.get("actions").asLong()).isEqualTo(9);
		assertThat(us.at("/global/actions").asLong()).isEqualTo(9);
		assertThat(global.get("actions").asLong() - global.at("/byCountry/KE").asLong())
			.isEqualTo(us.get("actions").asLong() + fr.get("actions").asLong());
	}

	@Test
	void aSectionAddsGroupReportsItCollectedOfflineMarkedAsSuch() {
		UaDocument document = LiveUa.publish(uas, LiveUa.uniqueNumber());
		String[] coordinator = sectionStaff("US", Role.COORDINATOR);
		String path = "/api/uas/" + document.id() + "/sections/US/reports";
		HttpResponse<String> added = http.postJson(path,
				"{\"channel\": \"LETTER\", \"count\": 40, \"event\": \"Vigil in Chicago\"}", coordinator);
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		assertThat(http.postJson(path, "{\"channel\": \"LETTER\", \"count\": 5, \"country\": \"FR\"}", coordinator)
			.statusCode()).isEqualTo(422);
		assertThat(http
			.postJson("/api/uas/" + document.id() + "/sections/FR/reports", "{\"channel\": \"LETTER\", \"count\": 5}",
					coordinator)
			.statusCode()).isEqualTo(403);
		assertThat(http.postJson(path, "{\"channel\": \"LETTER\", \"count\": 5}").statusCode()).isEqualTo(401);

		JsonNode us = read(http.get("/api/uas/" + document.id() + "/totals?section=US"));
		assertThat(us.get("actions").asLong()).isEqualTo(40);
		assertThat(us.get("collectedOffline").asLong()).isEqualTo(40);
		assertThat(read(http.get("/api/uas/" + document.id() + "/totals")).get("actions").asLong()).isEqualTo(40);
		JsonNode list = read(http.get(path, coordinator));
		assertThat(list.at("/items/0/event").asString()).isEqualTo("Vigil in Chicago");
		assertThat(list.at("/items/0/count").asInt()).isEqualTo(40);
	}

	private String[] sectionStaff(String section, Role role) {
		String email = role.name().toLowerCase() + "-" + System.nanoTime() + "@" + section.toLowerCase() + ".example";
		staff.create(email, "Section " + role, role, "section-staff-password", section, "test");
		return Http.basic(email, "section-staff-password");
	}

	private HttpResponse<String> delete(String path, String... headers) {
		return http.send(http.request(path, headers).DELETE().build());
	}

	private static JsonNode read(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

}
