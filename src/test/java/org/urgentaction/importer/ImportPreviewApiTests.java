package org.urgentaction.importer;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.ua.UaService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/imports/preview} returns the fields of an uploaded document under the
 * names of {@code GET /api/uas/{id}} plus {@code warnings}, and stores nothing.
 */
@AppTest
class ImportPreviewApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	UaService service;

	HttpResponse<String> upload(String fileName, byte[] content, String... auth) {
		Http http = new Http(port);
		Multipart form = new Multipart().file("file", fileName, content);
		return http.send(http.request("/api/imports/preview", auth)
			.header("Content-Type", form.contentType())
			.POST(form.publisher())
			.build());
	}

	static String[] coordinator() {
		return Http.basic(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
	}

	@Test
	void previewHasTheFieldNamesOfTheDocumentApiPlusWarnings() throws Exception {
		long caseId = service.findCaseByNumber("46/19").orElseThrow().id();
		int documentsBefore = service.thread(caseId).size();
		HttpResponse<String> response = upload("ua-46-19.txt", SampleImportTests.sample(), coordinator());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode preview = json.readTree(response.body());
		long id = service.thread(caseId).get(0).id();
		JsonNode stored = json.readTree(new Http(port).get("/api/uas/" + id, coordinator()).body());
		assertThat(stored.has("uaNumber")).as(stored.toString()).isTrue();
		java.util.Set<String> storedNames = new java.util.TreeSet<>(stored.propertyNames());
		storedNames.add("warnings");
		assertThat(new java.util.TreeSet<>(preview.propertyNames())).isEqualTo(storedNames);
		assertThat(preview.get("uaNumber").asString()).isEqualTo("46/19");
		assertThat(preview.get("sequence").asInt()).isEqualTo(2);
		assertThat(preview.get("deadline").asString()).isEqualTo("2019-09-27");
		assertThat(preview.get("targets").get(1).get("facebook").get(0).asString()).isEqualTo("@KazakhEmbassyDC");
		assertThat(preview.get("persons").get(0).get("pronouns").asString()).isEqualTo("he/him");
		assertThat(preview.get("warnings").isArray()).isTrue();
		for (JsonNode warning : preview.get("warnings")) {
			assertThat(warning.get("field").asString()).isNotBlank();
			assertThat(warning.get("message").asString()).doesNotStartWith("importer.");
		}
		assertThat(service.thread(caseId)).as("nothing stored").hasSize(documentsBefore);
	}

	@Test
	void staffOnly() throws Exception {
		assertThat(upload("ua.txt", SampleImportTests.sample()).statusCode()).isEqualTo(401);
	}

	@Test
	void unsupportedFormatIs415() {
		HttpResponse<String> response = upload("photo.png", new byte[] { (byte) 0x89, 'P', 'N', 'G' }, coordinator());
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).contains("application/problem+json"));
		assertThat(response.body()).contains("photo.png");
	}

	@Test
	void overTenMegabytesIs413() {
		byte[] big = new byte[10 * 1024 * 1024 + 10];
		java.util.Arrays.fill(big, (byte) 'a');
		HttpResponse<String> response = upload("big.txt", big, coordinator());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("10 MB");
	}

}
