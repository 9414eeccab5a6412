package org.urgentaction.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the {@code prod} profile half-configured: on anything but PostgreSQL,
 * with sample data, or with development addresses and secrets.
 */
@Component
@Profile("prod")
class ProductionGuard implements InitializingBean {

	private final Environment environment;

	private final AppProperties properties;

	ProductionGuard(Environment environment, AppProperties properties) {
		this.environment = environment;
		this.properties = properties;
	}

	@Override
	public void afterPropertiesSet() {
		List<String> missing = new ArrayList<>();
		String url = environment.getProperty("spring.datasource.url", "");
		if (!url.startsWith("jdbc:postgresql:")) {
			missing.add("SPRING_DATASOURCE_URL must name a PostgreSQL database (jdbc:postgresql://...)");
		}
		if (environment.getProperty("spring.datasource.username", "").isBlank()
				|| "sa".equals(environment.getProperty("spring.datasource.username"))) {
			missing.add("SPRING_DATASOURCE_USERNAME (and SPRING_DATASOURCE_PASSWORD) must be set");
		}
		if (properties.site().sampleData()) {
			missing.add("UA_SITE_SAMPLE_DATA must be false");
		}
		if (properties.site().baseUrl().contains("localhost")) {
			missing.add("UA_SITE_BASE_URL must be the public address of the site");
		}
		String secret = properties.mailing().tokenSecret();
		if (secret == null || secret.length() < 32 || secret.startsWith("change-me")) {
			missing.add("UA_MAILING_TOKEN_SECRET must be a random value of at least 32 characters");
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException(
					"The prod profile is not fully configured:\n  - " + String.join("\n  - ", missing));
		}
	}

}
