package org.urgentaction.ua;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.urgentaction.system.AppProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the sample UA 46/19 (Kazakhstan) as the published second document of its case
 * into an empty database, so that a new installation has something to show.
 */
@Component
@Order(10)
class SampleData implements ApplicationRunner {

	static final String SAMPLE = "sample/ua-46-19.json";

	private static final Logger log = LoggerFactory.getLogger(SampleData.class);

	private final UaService service;

	private final AppProperties properties;

	private final JsonMapper json;

	SampleData(UaService service, AppProperties properties, JsonMapper json) {
		this.service = service;
		this.properties = properties;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!properties.site().sampleData()) {
			return;
		}
		UaDocumentJson sample;
		try (InputStream in = new ClassPathResource(SAMPLE).getInputStream()) {
			sample = json.readValue(in, UaDocumentJson.class);
		}
		if (service.findCaseByNumber(sample.uaNumber()).isPresent()) {
			return;
		}
		try {
			UaDocument draft = service.createDraft(sample.toDocument(), "sample-data");
			service.publish(draft.id(), "sample-data");
			log.info("Loaded the sample UA {} at {}", sample.uaNumber(), UaLinks.path(draft));
		}
		catch (RuntimeException otherNodeWasFaster) {
			log.info("Sample data not loaded: {}", otherNodeWasFaster.getMessage());
		}
	}

}
