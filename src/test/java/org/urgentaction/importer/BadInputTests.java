package org.urgentaction.importer;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Empty, damaged, password-protected and malicious files get a 422 problem document
 * within five seconds, never a 500 and never a hung request.
 */
@AppTest
class BadInputTests {

	@LocalServerPort
	int port;

	String sampleText() throws Exception {
		return Files.readString(Path.of("src/test/resources/importer/corpus/2020-egypt-initial.txt"),
				StandardCharsets.UTF_8);
	}

	void refused(String fileName, byte[] content, String reason) {
		Http http = new Http(port);
		Multipart form = new Multipart().file("file", fileName, content);
		long start = System.nanoTime();
		HttpResponse<String> response = http
			.send(http.request("/api/imports/preview", ImportPreviewApiTests.coordinator())
				.header("Content-Type", form.contentType())
				.POST(form.publisher())
				.build());
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("%-28s %d %s in %d ms%n", fileName, response.statusCode(), reason, millis);
		assertThat(response.statusCode()).as(fileName + ": " + response.body()).isEqualTo(422);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).contains("application/problem+json"));
		assertThat(response.body()).contains("\"reason\":\"" + reason + "\"");
		assertThat(millis).as(fileName + " answered in time").isLessThan(5000);
	}

	@Test
	void emptyFiles() {
		refused("empty.txt", new byte[0], "empty");
		refused("empty.docx", new byte[0], "empty");
		refused("empty.pdf", new byte[0], "empty");
		refused("blank.txt", "   \n\n  ".getBytes(), "empty");
	}

	@Test
	void damagedFiles() {
		refused("random.pdf", BadFiles.random(50_000, 1), "damaged");
		refused("random.docx", BadFiles.random(50_000, 2), "damaged");
		refused("random.doc", BadFiles.random(50_000, 3), "damaged");
		refused("binary.txt", BadFiles.random(50_000, 4), "notText");
		byte[] truncated = java.util.Arrays.copyOf(org.urgentaction.importer.corpus.CorpusFiles.pdf("Hello\nworld"),
				300);
		refused("truncated.pdf", truncated, "damaged");
	}

	@Test
	void passwordProtectedFiles() throws Exception {
		refused("protected.docx", BadFiles.passwordDocx(sampleText()), "passwordOrOldWord");
		refused("protected.pdf", BadFiles.passwordPdf(sampleText()), "password");
	}

	@Test
	void zipBombDisguisedAsWord() throws Exception {
		refused("bomb.docx", BadFiles.zipBombDocx(), "bomb");
	}

	@Test
	void farTooLongDocuments() throws Exception {
		refused("5000-pages.pdf", BadFiles.manyPagesPdf(5000), "tooManyPages");
		refused("long.txt", BadFiles.longText(9 * 1024 * 1024), "tooLong");
	}

}
