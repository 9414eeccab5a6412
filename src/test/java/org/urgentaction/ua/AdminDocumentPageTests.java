package org.urgentaction.ua;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.support.StaffClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff pages of documents, used as a browser without JavaScript would.
 */
@AppTest
class AdminDocumentPageTests {

	@LocalServerPort
	int port;

	@Autowired
	UaService service;

	@Autowired
	UaCatalogue catalogue;

	StaffClient staff;

	@BeforeEach
	void logIn() {
		staff = new StaffClient(port);
		assertThat(staff.logIn(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin"));
	}

	@Test
	void anonymousVisitorsAreSentToTheLogin() {
		Http http = new Http(port);
		for (String path : new String[] { "/admin", "/admin/uas", "/admin/uas/new", "/admin/audit" }) {
			HttpResponse<String> response = http.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as(path)
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login"));
		}
		assertThat(staff.get("/admin").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/uas"));
	}

	@Test
	void aCompleteFormCreatesADraftWithEveryField() {
		String number = DocumentForms.uniqueNumber();
		HttpResponse<String> created = staff.post("/admin/uas", DocumentForms.complete(number, "Journalist detained"));
		assertThat(created.statusCode()).isEqualTo(302);
		long id = idFrom(created);
		UaDocument document = service.get(id);
		assertThat(document.status()).isEqualTo(DocumentStatus.DRAFT);
		assertThat(document.uaNumber()).isEqualTo(number);
		assertThat(document.sequence()).isEqualTo(1);
		assertThat(document.aiIndex()).isEqualTo("AMR 41/1234/2025");
		assertThat(document.deadline()).hasToString("2025-04-12");
		assertThat(document.persons()).containsExactly(new Person("Ana Example", "she/her"));
		assertThat(document.targets()).hasSize(2);
		Target first = document.targets().get(0);
		assertThat(first.addressLines()).containsExactly("Avenida Reforma 211", "Ciudad de México");
		assertThat(first.emails()).containsExactly("fiscal@example.org", "second@example.org");
		assertThat(first.faxes()).containsExactly("+52 55 1111 2222");
		assertThat(first.phones()).containsExactly("+52 55 3333 4444");
		assertThat(first.twitter()).containsExactly("@FiscaliaExample");
		assertThat(first.facebook()).containsExactly("FiscaliaExamplePage");
		assertThat(first.salutation()).isEqualTo("Dear Attorney General");
		assertThat(first.copy()).isFalse();
		assertThat(document.targets().get(1).copy()).isTrue();
		assertThat(document.preferredLanguages()).containsExactly("Spanish", "English");
		assertThat(document.themes()).containsExactlyInAnyOrder("freedom of expression", "journalists");
		assertThat(document.letter()).contains("Please release Ana Example.");

		String view = staff.get("/admin/uas/" + id).body();
		assertThat(view).contains("Journalist detained", "Document created");
		HttpResponse<String> published = staff.post("/admin/uas/" + id + "/publish", Map.of());
		assertThat(published.statusCode()).isEqualTo(302);
		assertThat(service.get(id).status()).isEqualTo(DocumentStatus.PUBLISHED);
		assertThat(new Http(port).get(UaLinks.path(document)).body()).contains("Journalist detained",
				"fiscal@example.org", "Dear Ambassador");
	}

	@Test
	void aFormWithErrorsShowsAMessageOnEachWrongFieldAndStoresNothing() {
		long before = catalogue.documents(null, true, UaFilter.none(), 0, 1).total();
		Map<String, String> form = DocumentForms.complete("46-xx", "Bad input");
		form.put("aiIndex", "EUR57-bad");
		form.put("issueDate", "2025-05-01");
		form.put("deadline", "2025-04-01");
		form.put("targets[1].emails", "not-an-email");
		form.put("title", "x".repeat(301));
		form.put("sequence", "two");
		HttpResponse<String> response = staff.post("/admin/uas", form);
		assertThat(response.statusCode()).isEqualTo(200);
		String html = response.body();
		assertThat(html).contains("The document was not saved.");
		assertThat(html).contains("A UA number looks like 46/19", "An AI Index looks like EUR 57/0894/2019",
				"The deadline cannot be before the issue date.", "Not an email address: not-an-email",
				"This is too long: at most 300 characters.", "This must be a whole number.");
		assertThat(fieldError(html, "targets1.emails")).contains("Not an email address");
		assertThat(html).contains("value=\"46-xx\"", "not-an-email");
		assertThat(catalogue.documents(null, true, UaFilter.none(), 0, 1).total()).isEqualTo(before);
	}

	@Test
	void addTargetShowsTheFormAgainWithOneMoreTargetAndStoresNothing() {
		long before = catalogue.documents(null, true, UaFilter.none(), 0, 1).total();
		Map<String, String> form = DocumentForms.complete(DocumentForms.uniqueNumber(), "Adding targets");
		form.put("action", "addTarget");
		String html = staff.post("/admin/uas", form).body();
		assertThat(html).contains("name=\"targets[2].title\"", "value=\"Juan Fiscal\"")
			.doesNotContain("name=\"targets[3].title\"");
		form.put("targets[0].remove", "true");
		form.put("action", "save");
		long id = idFrom(staff.post("/admin/uas", form));
		assertThat(service.get(id).targets()).extracting(Target::title).containsExactly("Ambassador");
		assertThat(catalogue.documents(null, true, UaFilter.none(), 0, 1).total()).isEqualTo(before + 1);
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() {
		long before = catalogue.documents(null, true, UaFilter.none(), 0, 1).total();
		HttpResponse<String> response = staff.postWithoutToken("/admin/uas",
				DocumentForms.complete(DocumentForms.uniqueNumber(), "No token"));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(catalogue.documents(null, true, UaFilter.none(), 0, 1).total()).isEqualTo(before);
	}

	@Test
	void aTitleWithMarkupIsShownEscapedOnPublicAndStaffPages() {
		String title = "<script>alert('x')</script> & <b>bold</b>";
		long id = idFrom(staff.post("/admin/uas", DocumentForms.complete(DocumentForms.uniqueNumber(), title)));
		staff.post("/admin/uas/" + id + "/publish", Map.of());
		String escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;";
		String path = UaLinks.path(service.get(id));
		for (String html : new String[] { staff.get("/admin/uas/" + id).body(),
				staff.get("/admin/uas/" + id + "/edit").body(), staff.get("/admin/uas").body(),
				new Http(port).get(path).body(), new Http(port).get("/uas").body() }) {
			assertThat(html).doesNotContain("<script>alert", "<b>bold</b>").contains(escaped);
		}
		assertThat(new Http(port).get("/feed.atom").body()).doesNotContain("<script>alert");
	}

	@Test
	void aChangeOnAnOutdatedFormIsRefusedWithAMessage() {
		Map<String, String> form = DocumentForms.complete(DocumentForms.uniqueNumber(), "First title");
		long id = idFrom(staff.post("/admin/uas", form));
		form.put("title", "Second title");
		assertThat(staff.post("/admin/uas/" + id, form).statusCode()).isEqualTo(302);
		form.put("title", "Third title from an old form");
		HttpResponse<String> conflict = staff.post("/admin/uas/" + id, form);
		assertThat(conflict.statusCode()).isEqualTo(200);
		assertThat(conflict.body()).contains("Someone else changed this document in the meantime.");
		assertThat(service.get(id).title()).isEqualTo("Second title");
	}

	@Test
	void theNextDocumentIsPrefilledAndJoinsTheCase() {
		Map<String, String> form = DocumentForms.complete(DocumentForms.uniqueNumber(), "First of a case");
		long first = idFrom(staff.post("/admin/uas", form));
		String next = staff.get("/admin/uas/" + first + "/next").body();
		assertThat(next).contains("value=\"" + form.get("uaNumber") + "\"", "value=\"2\"", "value=\"Juan Fiscal\"",
				"value=\"FOLLOW_UP\" selected");
		Map<String, String> second = new LinkedHashMap<>(form);
		second.put("kind", "FOLLOW_UP");
		second.put("sequence", "2");
		second.put("title", "Second of a case");
		long secondId = idFrom(staff.post("/admin/uas", second));
		assertThat(service.get(secondId).caseId()).isEqualTo(service.get(first).caseId());
		assertThat(service.thread(service.get(first).caseId())).extracting(UaDocument::sequence).containsExactly(2, 1);
	}

	@Test
	void closingTheCaseRecordsTheOutcome() {
		HttpResponse<String> created = staff.post("/admin/uas",
				DocumentForms.complete(DocumentForms.uniqueNumber(), "To close"));
		long id = idFrom(created);
		assertThat(staff.follow(created).body()).contains("The document was saved.");
		assertThat(staff.follow(staff.post("/admin/uas/" + id + "/publish", Map.of())).body())
			.contains("The document is published.");
		HttpResponse<String> missing = staff.post("/admin/uas/" + id + "/close", Map.of("outcomeType", ""));
		assertThat(staff.follow(missing).body()).contains("This field is required.");
		staff.post("/admin/uas/" + id + "/close", Map.of("outcomeType", "RELEASED", "outcomeNote", "Freed on bail."));
		UaDocument closed = service.get(id);
		assertThat(closed.status()).isEqualTo(DocumentStatus.CLOSED);
		assertThat(service.findCase(closed.caseId()).orElseThrow().outcome())
			.isEqualTo(new Outcome(OutcomeType.RELEASED, "Freed on bail."));
		assertThat(staff.get("/admin/uas/" + id).body()).contains("Case closed", "Freed on bail.");
		assertThat(new Http(port).get(UaLinks.path(closed)).body()).contains("Released", "Freed on bail.");
	}

	static long idFrom(HttpResponse<String> redirect) {
		assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
		String location = redirect.headers().firstValue("Location").orElseThrow();
		return Long.parseLong(location.replaceFirst(".*/admin/uas/(\\d+)$", "$1"));
	}

	private static String fieldError(String html, String id) {
		int at = html.indexOf("id=\"" + id + "\"");
		assertThat(at).as("field " + id).isPositive();
		int error = html.indexOf("field-error", at);
		return html.substring(error, html.indexOf("</span>", error));
	}

}
