package org.urgentaction.system;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.urgentaction.UrgentActionApplication;
import org.urgentaction.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The prod profile refuses to start without its settings, before it touches a database.
 */
class ProductionGuardTests {

	@Test
	void theProdProfileWithoutConfigurationRefusesToStart() {
		SpringApplicationBuilder app = new SpringApplicationBuilder(UrgentActionApplication.class).profiles("prod");
		var refusal = assertThatThrownBy(() -> app.run("--server.port=0", "--spring.main.banner-mode=off"))
			.hasStackTraceContaining(ProductionGuard.REFUSAL)
			.hasStackTraceContaining("UA_SITE_BASE_URL must be the public address of the site")
			.hasStackTraceContaining("UA_MAILING_TOKEN_SECRET must be a random value");
		if (!TestDatabase.isPostgres()) {
			refusal.hasStackTraceContaining("SPRING_DATASOURCE_URL must name a PostgreSQL database");
		}
	}

	@Test
	void theProdProfileRefusesTheEmbeddedDatabaseEvenWhenTheRestIsSet() {
		Path database = Path.of("data", "prod-guard-test.mv.db");
		SpringApplicationBuilder app = new SpringApplicationBuilder(UrgentActionApplication.class).profiles("prod");
		assertThatThrownBy(
				() -> app.run("--server.port=0", "--spring.main.banner-mode=off", "--ua.test.keep-datasource=true",
						"--spring.datasource.url=jdbc:h2:file:./data/prod-guard-test;MODE=PostgreSQL",
						"--ua.site.base-url=https://ua.example.org", "--ua.mailing.token-secret=" + "s".repeat(40)))
			.hasStackTraceContaining(ProductionGuard.REFUSAL)
			.hasStackTraceContaining("SPRING_DATASOURCE_URL must name a PostgreSQL database")
			.hasStackTraceContaining("SPRING_DATASOURCE_USERNAME");
		assertThat(database).as("a refused start opens no database").doesNotExist();
	}

}
