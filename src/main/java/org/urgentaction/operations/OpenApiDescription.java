package org.urgentaction.operations;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the generated OpenAPI description ({@code /v3/api-docs}) cannot see in the
 * controllers: the two ways staff authenticate, which operations need no login (as
 * {@code staff.SecurityConfiguration} has it), and that every error is a problem document
 * (RFC 9457). {@code docs/api.md} says the same for people.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

	static final String PROBLEM = "application/problem+json";

	/** Operations anyone may call, as method and path. */
	private static final List<String> PUBLIC = List.of("GET /api/uas", "GET /api/uas/{id}", "GET /api/uas/{id}/totals",
			"POST /api/uas/{id}/letters", "POST /api/uas/{id}/reports", "POST /api/subscriptions", "GET /api/sections",
			"GET /api/sections/{code}");

	private static final Map<String, String> ERRORS = Map.of("400",
			"The body is not JSON, or a value has the wrong type", "401",
			"Credentials missing or wrong, token unknown or revoked", "403", "The role does not allow it", "404",
			"No such resource", "409", "Changed since the version sent", "422",
			"A field breaks a rule; nothing was stored", "429", "Too many requests; see Retry-After");

	@Bean
	OpenApiCustomizer problemsAndAuthentication() {
		return (openApi) -> {
			openApi.info(new Info().title("Urgent Action Network")
				.version("1")
				.description("The JSON API; docs/api.md explains every endpoint.")
				.license(new License().name("See the repository")));
			Components components = (openApi.getComponents() != null) ? openApi.getComponents() : new Components();
			openApi.components(components);
			components.addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic").description("Staff login"));
			components.addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.bearerFormat("uat_...")
						.description("An API token made by an administrator on /admin/staff"));
			components.addSchemas("Problem", problemSchema());
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				boolean open = PUBLIC.stream().anyMatch((p) -> p.equals(method + " " + path))
						|| (path.startsWith("/api/subscriptions/") && method == PathItem.HttpMethod.POST);
				describe(operation, open);
			}));
		};
	}

	private static void describe(Operation operation, boolean open) {
		if (!open) {
			operation.addSecurityItem(new SecurityRequirement().addList("basic"));
			operation.addSecurityItem(new SecurityRequirement().addList("bearer"));
		}
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		operation.responses(responses);
		ERRORS.forEach((status, description) -> {
			if (open && (status.equals("401") || status.equals("403"))) {
				return;
			}
			ApiResponse response = responses.computeIfAbsent(status, (s) -> new ApiResponse());
			response.description(description)
				.content(new Content().addMediaType(PROBLEM,
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
		});
	}

	private static Schema<?> problemSchema() {
		ObjectSchema error = new ObjectSchema();
		error.addProperty("field", new StringSchema().description("The field as named in the request"));
		error.addProperty("message", new StringSchema().description("In the language of Accept-Language"));
		ObjectSchema problem = new ObjectSchema();
		problem.description("An RFC 9457 problem document");
		problem.addProperty("type", new StringSchema().example("about:blank"));
		problem.addProperty("title", new StringSchema());
		problem.addProperty("status", new IntegerSchema());
		problem.addProperty("detail", new StringSchema());
		problem.addProperty("instance", new StringSchema());
		problem.addProperty("errors", new ArraySchema().items(error));
		problem.required(List.of("title", "status"));
		return problem;
	}

}
