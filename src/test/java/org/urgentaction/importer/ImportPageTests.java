package org.urgentaction.importer;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.StaffClient;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review and bulk pages: staff only, clear messages for files they cannot read, the
 * extracted text beside the fields, escaped, and no second draft from the same file.
 */
@AppTest
class ImportPageTests {

	@LocalServerPort
	int port;

	@Autowired
	UaService documents;

	StaffClient staff() {
		StaffClient staff = new StaffClient(port);
		staff.logIn(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
		staff.get("/admin/imports");
		return staff;
	}

	HttpResponse<String> upload(StaffClient staff, String path, String field, String fileName, byte[] content) {
		Multipart form = new Multipart().field("_csrf", staff.csrfToken()).file(field, fileName, content);
		return staff.postBody(path, form.contentType(), form.publisher());
	}

	@Test
	void anonymousVisitorsAreSentToTheLogin() {
		HttpResponse<String> response = new StaffClient(port).get("/admin/imports");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/admin/login");
	}

	@Test
	void unreadableFilesGetAMessageOnThePage() {
		StaffClient staff = staff();
		HttpResponse<String> unsupported = upload(staff, "/admin/imports", "file", "virus.exe", new byte[] { 1, 2 });
		assertThat(unsupported.statusCode()).isEqualTo(415);
		assertThat(unsupported.body()).contains("virus.exe", "error-summary");
		staff.get("/admin/imports");
		HttpResponse<String> damaged = upload(staff, "/admin/imports", "file", "ua.pdf", BadFiles.random(5000, 9));
		assertThat(damaged.statusCode()).isEqualTo(422);
		assertThat(damaged.body()).contains("damaged");
		staff.get("/admin/imports");
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		Arrays.fill(big, (byte) 'a');
		HttpResponse<String> tooLarge = upload(staff, "/admin/imports", "file", "big.txt", big);
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.body()).contains("larger than 10 MB");
	}

	@Test
	void theReviewShowsTextAndWarningsEscapedAndSavesOneDraftPerFile() throws Exception {
		StaffClient staff = staff();
		String text = new String(SampleImportTests.sample(), java.nio.charset.StandardCharsets.UTF_8)
			.replace("HUMAN RIGHTS DEFENDER FACING BOGUS CHARGES", "<script>alert(1)</script> DEFENDER AT RISK")
			.replace("46/19", "47/19");
		byte[] file = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		HttpResponse<String> review = upload(staff, "/admin/imports", "file", "ua-47-19.txt", file);
		assertThat(review.statusCode()).isEqualTo(200);
		assertThat(review.body()).doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("value=\"47/19\"", "warning-summary", "warned", "Nurdauletov Gizat Daurenbekovich");
		String hash = DocumentReader.sha256(file);
		Map<String, String> fields = Map.ofEntries(Map.entry("fileName", "ua-47-19.txt"),
				Map.entry("contentHash", hash), Map.entry("kind", "FOLLOW_UP"), Map.entry("sequence", "2"),
				Map.entry("uaNumber", "47/19"), Map.entry("country", "Kazakhstan"),
				Map.entry("issueDate", "2019-08-16"), Map.entry("deadline", "2019-09-27"),
				Map.entry("title", "Defender at risk"), Map.entry("persons[0].name", "Serikzhan Bilash"),
				Map.entry("persons[0].pronouns", "he/him"), Map.entry("targets[0].title", "Prosecutor General"),
				Map.entry("targets[0].emails", "press@prokuror.kz"), Map.entry("action", "save"));
		HttpResponse<String> saved = staff.post("/admin/imports/save", fields);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElseThrow()).containsPattern("/admin/uas/\\d+$");
		long caseId = documents.findCaseByNumber("47/19").orElseThrow().id();
		assertThat(documents.thread(caseId)).hasSize(1);

		staff.get("/admin/imports");
		HttpResponse<String> again = upload(staff, "/admin/imports", "file", "copy.txt", file);
		assertThat(again.body()).contains("This file was imported before");
		HttpResponse<String> secondSave = staff.post("/admin/imports/save", fields);
		assertThat(secondSave.statusCode()).isEqualTo(200);
		assertThat(secondSave.body()).contains("This file was imported before");
		assertThat(documents.thread(caseId)).hasSize(1);
	}

	@Test
	void aFormWithErrorsComesBackWithTheFieldsAsTyped() {
		StaffClient staff = staff();
		HttpResponse<String> response = staff.post("/admin/imports/save",
				Map.of("fileName", "x.txt", "contentHash", "0".repeat(64), "kind", "INITIAL", "uaNumber", "12/20",
						"issueDate", "not a date", "title", "A title", "country", "Chile", "targets[0].emails",
						"not-an-email", "action", "save"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("error-summary", "YYYY-MM-DD", "value=\"A title\"");
		assertThat(documents.findCaseByNumber("12/20")).isEmpty();
	}

	@Test
	void bulkPageReportsEachFile() throws Exception {
		StaffClient staff = staff();
		staff.get("/admin/imports/bulk");
		Multipart form = new Multipart().field("_csrf", staff.csrfToken())
			.file("files", "egypt.txt",
					(java.nio.file.Files
						.readString(java.nio.file.Path.of("src/test/resources/importer/corpus/2020-egypt-initial.txt"))
						// a number of its own: ImportEndToEndTests imports UA 21/20,
						// and a place in a case can be taken only once
						.replace("UA: 21/20", "UA: 221/20") + "\nbulk page test\n")
						.getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.file("files", "empty.docx", new byte[0]);
		HttpResponse<String> report = staff.postBody("/admin/imports/bulk", form.contentType(), form.publisher());
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(report.body()).contains("egypt.txt", "empty.docx", "Imported with warnings", "Failed",
				"The file is empty.");
	}

}
