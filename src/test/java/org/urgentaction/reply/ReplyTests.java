package org.urgentaction.reply;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.audit.AuditEvent;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Browser;
import org.urgentaction.support.Http;
import org.urgentaction.support.StaffClient;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officials' replies: logged through the API they are listed publicly, shown on every
 * page of the case and in the impact report; sent in by an activist they stay hidden
 * until a coordinator accepts them. Every change is in the history.
 */
@AppTest
class ReplyTests {

	private static final String[] ADMIN = Http.basic(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);

	@LocalServerPort
	int port;

	@Autowired
	UaService uas;

	@Autowired
	AuditLog audit;

	@Autowired
	JsonMapper json;

	@Test
	void aReplyLoggedThroughTheApiIsListedShownOnEveryPageAndInTheImpactReport() throws IOException {
		Http http = new Http(port);
		List<UaDocument> thread = ReplyFixtures.caseOfTwo(uas);
		UaDocument newest = thread.get(0);
		UaDocument first = thread.get(1);
		long prosecutor = first.targets().get(0).id();

		HttpResponse<String> logged = http.postJson("/api/uas/" + first.id() + "/replies", """
				{"receivedOn": "2019-09-03", "targetId": %d, "from": "Prosecutor General's office",
				 "channel": "LETTER", "summary": "The charges are under review by the prosecutor.", "public": true}
				""".formatted(prosecutor), ADMIN);
		assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
		JsonNode reply = json.readTree(logged.body());
		assertThat(logged.headers().firstValue("Location"))
			.hasValue("/api/uas/" + first.id() + "/replies/" + reply.get("id").asLong());
		assertThat(reply.get("targetId").asLong()).isEqualTo(prosecutor);
		assertThat(reply.get("public").asBoolean()).isTrue();
		HttpResponse<String> hidden = http.postJson("/api/uas/" + first.id() + "/replies", """
				{"receivedOn": "2019-09-05", "from": "Ministry of Justice", "summary": "A private note to the family.",
				 "public": false}
				""", ADMIN);
		assertThat(hidden.statusCode()).isEqualTo(201);

		JsonNode listed = json.readTree(http.get("/api/uas/" + newest.id() + "/replies").body());
		assertThat(listed.get("items")).hasSize(1);
		assertThat(listed.get("items").get(0).get("summary").asString())
			.isEqualTo("The charges are under review by the prosecutor.");
		assertThat(listed.get("items").get(0).has("status")).isFalse();
		JsonNode staffList = json.readTree(http.get("/api/uas/" + newest.id() + "/replies", ADMIN).body());
		assertThat(staffList.get("items")).hasSize(2);

		for (UaDocument document : thread) {
			String page = http.get(document.path()).body();
			assertThat(page)
				.contains("Replies from the authorities", "The charges are under review by the prosecutor.",
						"Prosecutor General&#39;s office")
				.doesNotContain("A private note to the family.");
		}

		StaffClient staff = new StaffClient(port);
		staff.logIn(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
		HttpResponse<byte[]> pdf = http.getBytes(
				"/admin/actions/uas/" + newest.id() + "/impact.pdf?targetId=" + prosecutor, "Cookie",
				"SESSION=" + staff.cookie("SESSION"));
		assertThat(pdf.statusCode()).isEqualTo(200);
		String text = pdfText(pdf.body());
		assertThat(text)
			.contains("Replies received", "3 September 2019, Prosecutor General's office (letter)",
					"The charges are under review by the prosecutor.")
			.doesNotContain("A private note");
		assertThat(audit.forSubject("ua_case", first.caseId())).extracting(AuditEvent::action).contains("REPLY_LOGGED");
	}

	@Test
	void aReplySentInByAnActivistStaysHiddenUntilACoordinatorAcceptsIt() {
		Http http = new Http(port);
		UaDocument document = ReplyFixtures.caseOfTwo(uas).get(0);
		String page = http.get(document.path()).body();
		assertThat(page).contains("action=\"/replies/uas/" + document.id() + "\"", "enctype=\"multipart/form-data\"");
		try (Browser browser = new Browser(port)) {
			((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 320, "height", 844, "deviceScaleFactor", 1, "mobile", true));
			browser.open(document.path() + "?lang=en");
			Object wide = ((JavascriptExecutor) browser.driver()).executeScript("""
					document.querySelector('details.reply-submit').open = true;
					const width = document.documentElement.clientWidth;
					return [...document.querySelectorAll('section.replies *')]
					  .filter((e) => e.getBoundingClientRect().right > width + 1)
					  .map((e) => e.tagName + '.' + e.className).slice(0, 10);
					""");
			assertThat((List<?>) wide).as("reply section wider than 320 px").isEmpty();
		}

		ReplyFixtures.Multipart form = new ReplyFixtures.Multipart().field("from", "Embassy of Kazakhstan")
			.field("summary", "The embassy wrote back that the case is in court.")
			.file("file", "embassy-letter.pdf", ReplyFixtures.PDF);
		HttpResponse<String> sent = http.send(http.request("/replies/uas/" + document.id())
			.header("Content-Type", form.contentType())
			.POST(form.publisher())
			.build());
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow())
			.endsWith("/uas/" + document.id() + "/replies/thanks");

		assertThat(http.get(document.path()).body()).doesNotContain("The embassy wrote back");
		assertThat(http.get("/api/uas/" + document.id() + "/replies").body()).doesNotContain("The embassy wrote back");
		JsonNode staffList = json.readTree(http.get("/api/uas/" + document.id() + "/replies", ADMIN).body());
		JsonNode pending = staffList.get("items").get(0);
		assertThat(pending.get("status").asString()).isEqualTo("PENDING");
		assertThat(pending.get("source").asString()).isEqualTo("ACTIVIST");
		long replyId = pending.get("id").asLong();
		assertThat(http.get("/replies/" + replyId + "/file").statusCode()).isEqualTo(404);

		StaffClient staff = new StaffClient(port);
		staff.logIn(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
		assertThat(staff.get("/admin/replies").body()).contains("The embassy wrote back", "embassy-letter.pdf");
		HttpResponse<String> accepted = staff.post("/admin/replies/" + replyId + "/accept",
				Map.of("isPublic", "true", "back", "/admin/replies"));
		assertThat(accepted.statusCode()).isEqualTo(302);

		assertThat(http.get(document.path()).body()).contains("The embassy wrote back that the case is in court.",
				"/replies/" + replyId + "/file");
		HttpResponse<byte[]> file = http.getBytes("/replies/" + replyId + "/file");
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(file.body()).isEqualTo(ReplyFixtures.PDF);
		assertThat(audit.forSubject("ua_case", document.caseId())).extracting(AuditEvent::action)
			.contains("REPLY_SUBMITTED", "REPLY_ACCEPTED");
	}

	@Test
	void aRejectedReplyIsNeverShown() {
		Http http = new Http(port);
		UaDocument document = ReplyFixtures.caseOfTwo(uas).get(0);
		ReplyFixtures.Multipart form = new ReplyFixtures.Multipart().field("summary", "Spam spam spam");
		http.send(http.request("/replies/uas/" + document.id())
			.header("Content-Type", form.contentType())
			.POST(form.publisher())
			.build());
		long replyId = json.readTree(http.get("/api/uas/" + document.id() + "/replies", ADMIN).body())
			.get("items")
			.get(0)
			.get("id")
			.asLong();
		StaffClient staff = new StaffClient(port);
		staff.logIn(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
		staff.get("/admin/replies");
		assertThat(staff.post("/admin/replies/" + replyId + "/reject", Map.of()).statusCode()).isEqualTo(302);
		assertThat(http.get(document.path()).body()).doesNotContain("Spam spam spam");
		assertThat(staff.get("/admin/uas/" + document.id() + "/replies").body()).contains("Spam spam spam", "rejected");
		assertThat(audit.forSubject("ua_case", document.caseId())).extracting(AuditEvent::action)
			.contains("REPLY_REJECTED");
	}

	@Test
	void coordinatorsLogAReplyWithItsScanOnTheStaffPage() {
		UaDocument document = ReplyFixtures.caseOfTwo(uas).get(0);
		StaffClient staff = new StaffClient(port);
		staff.logIn(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
		assertThat(staff.get("/admin/uas/" + document.id()).body())
			.contains("href=\"/admin/uas/" + document.id() + "/replies\"");
		String page = staff.get("/admin/uas/" + document.id() + "/replies").body();
		assertThat(page).contains("Log a reply", "name=\"targetId\"");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0 };
		ReplyFixtures.Multipart form = new ReplyFixtures.Multipart().field("_csrf", staff.csrfToken())
			.field("receivedOn", "2019-10-01")
			.field("targetId", String.valueOf(document.targets().get(1).id()))
			.field("from", "Ambassador")
			.field("channel", "EMAIL")
			.field("summary", "The ambassador forwarded the appeals to the capital.")
			.field("public", "true")
			.file("file", "scan.png", png);
		HttpResponse<String> logged = staff.postBody("/admin/replies/uas/" + document.id(), form.contentType(),
				form.publisher());
		assertThat(logged.statusCode()).as(logged.body()).isEqualTo(302);
		assertThat(staff.follow(logged).body()).contains("The reply was logged.", "scan.png");
		assertThat(new Http(port).get(document.path()).body())
			.contains("The ambassador forwarded the appeals to the capital.");
	}

	@Test
	void badRepliesAreRefusedWithTheirFieldsAndNothingIsStored() {
		Http http = new Http(port);
		UaDocument document = ReplyFixtures.caseOfTwo(uas).get(0);
		HttpResponse<String> missing = http.postJson("/api/uas/" + document.id() + "/replies",
				"{\"targetId\": 999999, \"summary\": \"\"}", ADMIN);
		assertThat(missing.statusCode()).isEqualTo(422);
		assertThat(json.readTree(missing.body()).get("errors").valueStream().map((e) -> e.get("field").asString()))
			.contains("receivedOn", "from", "summary", "public", "targetId");
		assertThat(http
			.postJson("/api/uas/" + document.id() + "/replies",
					"{\"receivedOn\": \"3 Sept\", \"from\": \"x\", \"summary\": \"y\", \"public\": true}", ADMIN)
			.statusCode()).isEqualTo(400);
		assertThat(http
			.postJson("/api/uas/" + document.id() + "/replies",
					"{\"receivedOn\": \"2019-09-03\", \"from\": \"x\", \"summary\": \"y\", \"public\": true}")
			.statusCode()).isEqualTo(401);

		ReplyFixtures.Multipart empty = new ReplyFixtures.Multipart().field("summary", " ");
		HttpResponse<String> refused = http.send(http.request("/replies/uas/" + document.id())
			.header("Content-Type", empty.contentType())
			.POST(empty.publisher())
			.build());
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("This field is required.");
		ReplyFixtures.Multipart text = new ReplyFixtures.Multipart().field("summary", "A reply")
			.file("file", "reply.pdf", "<html>not a pdf</html>".getBytes());
		HttpResponse<String> wrongType = http.send(http.request("/replies/uas/" + document.id())
			.header("Content-Type", text.contentType())
			.POST(text.publisher())
			.build());
		assertThat(wrongType.statusCode()).isEqualTo(422);
		assertThat(wrongType.body()).contains("The file must be a PDF or an image");
		assertThat(http.get("/api/uas/" + document.id() + "/replies", ADMIN).body()).isEqualTo("{\"items\":[]}");
	}

	static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
