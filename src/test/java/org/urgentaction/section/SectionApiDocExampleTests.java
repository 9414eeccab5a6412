package org.urgentaction.section;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.support.LiveUa;
import org.urgentaction.ua.UaService;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The section examples of {@code docs/api.md}, sent as they are written there.
 */
@AppTest
class SectionApiDocExampleTests {

	private static final Pattern CREATE = Pattern
		.compile("### `POST /api/sections` \\(administrator\\).*?curl (.*?) -d '(.*?)'\\n", Pattern.DOTALL);

	private static final Pattern VERSION = Pattern.compile(
			"### `PUT /api/uas/\\{id\\}/sections/\\{code\\}`.*?curl .*?(/api/uas/1/sections/US) -d '(.*?)'\\n",
			Pattern.DOTALL);

	@LocalServerPort
	int port;

	@Autowired
	UaService uas;

	@Test
	void theSectionExamplesOfTheApiDocumentWork() throws IOException {
		String doc = Files.readString(Path.of("docs/api.md"));
		Http http = new Http(port);
		String[] admin = Http.basic(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);

		Matcher create = CREATE.matcher(doc);
		assertThat(create.find()).as("docs/api.md has the POST /api/sections example").isTrue();
		HttpResponse<String> created = http.postJson("/api/sections", create.group(2).replaceAll("\\n\\s*", " "),
				admin);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location")).hasValue("/api/sections/CA");

		Matcher version = VERSION.matcher(doc);
		assertThat(version.find()).as("docs/api.md has the PUT /api/uas/{id}/sections/{code} example").isTrue();
		long id = LiveUa.publish(uas, LiveUa.uniqueNumber()).id();
		HttpResponse<String> saved = http.putJson(version.group(1).replace("/1/", "/" + id + "/"),
				version.group(2).replaceAll("\\n\\s*", " "), admin);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		JsonNode document = JsonMapper.builder().build().readTree(saved.body());
		assertThat(document.at("/section/code").asString()).isEqualTo("US");
		assertThat(document.get("targets").toString()).contains("Embassy of Kazakhstan");
	}

}
