package org.urgentaction.support;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test application context at a database of its own (see
 * {@link TestDatabase}); registered in {@code META-INF/spring.factories}. A context
 * started with {@code ua.test.keep-datasource=true} keeps the database it was given, e.g.
 * a second node on the database of the first.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (context.getEnvironment().getPropertySources().contains("ua-test-database")
				|| context.getEnvironment().getProperty("ua.test.keep-datasource", Boolean.class, false)) {
			return;
		}
		Map<String, Object> properties = new HashMap<>(TestDatabase.newDatabase());
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("ua-test-database", properties));
	}

}
