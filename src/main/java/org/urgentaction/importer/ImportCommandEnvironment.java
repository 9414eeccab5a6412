package org.urgentaction.importer;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When the application is started to import an archive ({@code --import=...}), its web
 * server listens on a free port, so that the import runs beside a running site.
 */
class ImportCommandEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(ImportCommand.OPTION) && !environment.containsProperty("server.port")) {
			environment.getPropertySources()
				.addLast(new MapPropertySource("import-command", Map.of("server.port", "0")));
		}
	}

}
