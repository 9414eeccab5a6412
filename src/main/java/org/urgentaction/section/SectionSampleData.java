package org.urgentaction.section;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.urgentaction.system.AppProperties;
import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaService;

/**
 * With the sample UA, two sample sections (United States, France) into a database that
 * has none, and the French section's version of the sample UA: a copy to the Embassy of
 * Kazakhstan in Paris.
 */
@Component
@Order(20)
class SectionSampleData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SectionSampleData.class);

	static final Section UNITED_STATES = new Section("US", "Amnesty International USA", List.of("US"),
			List.of("en", "es"),
			new Section.Office("Amnesty International USA",
					List.of("311 West 43rd Street, 7th Floor", "New York, NY 10036", "United States"), "uan@aiusa.org",
					"https://www.amnestyusa.org", "+1 212 807 8400"),
			new Section.Sender("Amnesty International USA Urgent Action Network",
					"311 West 43rd Street, 7th Floor, New York, NY 10036, United States"));

	static final Section FRANCE = new Section("FR", "Amnesty International France", List.of("FR", "MC"), List.of("fr"),
			new Section.Office("Amnesty International France",
					List.of("76 boulevard de la Villette", "75940 Paris Cedex 19", "France"), "ua@amnesty.fr",
					"https://www.amnesty.fr", "+33 1 53 38 65 65"),
			new Section.Sender("Amnesty International France – Actions urgentes",
					"76 boulevard de la Villette, 75940 Paris Cedex 19, France"));

	static final Target PARIS_EMBASSY = new Target(null, "Ambassador", null,
			"Embassy of the Republic of Kazakhstan in France", List.of("59 rue Galilée", "75008 Paris", "France"),
			"France", List.of(), List.of(), List.of(), List.of(), List.of(), "Monsieur l’Ambassadeur", true);

	private final Sections sections;

	private final SectionVersions versions;

	private final UaService uas;

	private final AppProperties properties;

	SectionSampleData(Sections sections, SectionVersions versions, UaService uas, AppProperties properties) {
		this.sections = sections;
		this.versions = versions;
		this.uas = uas;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.site().sampleData() || !sections.all().isEmpty()) {
			return;
		}
		try {
			sections.create(UNITED_STATES, "sample-data");
			sections.create(FRANCE, "sample-data");
			uas.findCaseByNumber("46/19")
				.flatMap((sample) -> uas.thread(sample.id()).stream().findFirst())
				.ifPresent((document) -> versions.save(document.id(), "FR",
						List.of(SectionVersionRepository.json(PARIS_EMBASSY)), null, "sample-data"));
			log.info("Loaded the sample sections US and FR");
		}
		catch (RuntimeException otherNodeWasFaster) {
			log.info("Sample sections not loaded: {}", otherNodeWasFaster.getMessage());
		}
	}

}
