package org.urgentaction.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the {@code prod} profile half-configured: on anything but PostgreSQL,
 * with sample data, or with development addresses and secrets. It runs before any other
 * bean is made, so a refused start has not touched a database.
 */
@Component
@Profile("prod")
class ProductionGuard implements BeanFactoryPostProcessor, EnvironmentAware {

	static final String REFUSAL = "The prod profile is not fully configured";

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		AppProperties properties = Binder.get(environment).bindOrCreate("ua", AppProperties.class);
		List<String> missing = problems(environment, properties);
		if (!missing.isEmpty()) {
			throw new IllegalStateException(REFUSAL + ":\n  - " + String.join("\n  - ", missing));
		}
	}

	static List<String> problems(Environment environment, AppProperties properties) {
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
		return missing;
	}

}
