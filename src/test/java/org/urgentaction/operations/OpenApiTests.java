package org.urgentaction.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated OpenAPI description agrees with docs/api.md: every operation the document
 * names (as {@code `METHOD /api/...`}) is in it, with authentication and problem
 * documents.
 */
@AppTest
class OpenApiTests {

	private static final Pattern DOCUMENTED = Pattern.compile("`(GET|POST|PUT|PATCH|DELETE) (/api/[^`?\\s]*)`");

	@LocalServerPort
	int port;

	@Test
	void everyDocumentedOperationIsDescribed() throws IOException {
		JsonNode api = description();
		Set<String> documented = documentedOperations();
		assertThat(documented).hasSizeGreaterThan(5).contains("POST /api/uas/{id}/publish");
		for (String operation : documented) {
			String[] parts = operation.split(" ", 2);
			JsonNode path = api.path("paths").path(parts[1]);
			assertThat(path.isMissingNode()).as("%s is in /v3/api-docs", parts[1]).isFalse();
			assertThat(path.has(parts[0].toLowerCase(Locale.ROOT))).as("%s is in /v3/api-docs", operation).isTrue();
		}
	}

	@Test
	void theDescriptionNamesAuthenticationAndProblems() {
		JsonNode api = description();
		assertThat(api.path("openapi").asString()).startsWith("3.1");
		assertThat(api.at("/components/securitySchemes/basic/scheme").asString()).isEqualTo("basic");
		assertThat(api.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
		assertThat(api.at("/components/schemas/Problem/properties/errors").isMissingNode()).isFalse();
		JsonNode create = api.at("/paths/~1api~1uas/post");
		assertThat(create.path("security").toString()).contains("basic", "bearer");
		assertThat(create.at("/responses/422/content").has("application/problem+json")).isTrue();
		assertThat(create.at("/responses/401/content").has("application/problem+json")).isTrue();
		JsonNode read = api.at("/paths/~1api~1uas~1{id}/get");
		assertThat(read.has("security")).isFalse();
		assertThat(read.at("/responses/404/content").has("application/problem+json")).isTrue();
	}

	private JsonNode description() {
		var response = new Http(port).get("/v3/api-docs");
		assertThat(response.statusCode()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}

	private static Set<String> documentedOperations() throws IOException {
		Set<String> operations = new LinkedHashSet<>();
		Matcher matcher = DOCUMENTED.matcher(Files.readString(Path.of("docs/api.md")));
		while (matcher.find()) {
			// `GET /api/uas/1` is an example of a call, not an operation
			if (!matcher.group(2).matches(".*/\\d+(/.*)?")) {
				operations.add(matcher.group(1) + " " + matcher.group(2));
			}
		}
		return operations;
	}

}
