package org.urgentaction.ua;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code POST /api/uas} example of {@code docs/api.md}, sent as it is written there,
 * so that the document cannot drift from the API.
 */
@AppTest
class ApiDocExampleTests {

	private static final Pattern EXAMPLE = Pattern
		.compile("### `POST /api/uas` \\(coordinator\\).*?curl (.*?) -d '(.*?)'\\n", Pattern.DOTALL);

	@LocalServerPort
	int port;

	@Test
	void theCreateExampleOfTheApiDocumentWorks() throws IOException {
		Matcher example = EXAMPLE.matcher(Files.readString(Path.of("docs/api.md")));
		assertThat(example.find()).as("docs/api.md has the POST /api/uas example").isTrue();
		assertThat(example.group(1)).contains("https://ua.example.org/api/uas", "Content-Type: application/json");
		String body = example.group(2).replaceAll("\\n\\s*", " ");

		HttpResponse<String> created = new Http(port).postJson("/api/uas", body,
				Http.basic(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).matches(".*/api/uas/\\d+"));
		JsonNode document = JsonMapper.builder().build().readTree(created.body());
		JsonNode sent = JsonMapper.builder().build().readTree(body);
		assertThat(document.get("title").asString()).isEqualTo(sent.get("title").asString());
		assertThat(document.get("targets").get(0).get("copy").asBoolean()).isFalse();
		assertThat(document.get("status").asString()).isEqualTo("DRAFT");
	}

}
