package org.urgentaction.ua;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.urgentaction.system.AppProperties;

/**
 * Beside the real sample UA 46/19, whose deadline passed long ago, a made-up UA that is
 * open today, so that a new installation shows the letter composer, the report form and
 * the counter at once. Its title and summary say it is an example; its issue date and
 * deadline are set from today's date when it is loaded, and moved on at a start after its
 * deadline has passed. Its text comes from {@code i18n/sample*.properties}, in the
 * server's language when we have it, else English.
 */
@Component
@Order(11)
class LiveExample implements ApplicationRunner {

	/** A number no real UA has: real numbers stay far below 9999 in a year. */
	static final String NUMBER = "9999/99";

	static final int DAYS_BEFORE_TODAY = 2;

	static final int DAYS_TO_DEADLINE = 42;

	private static final Logger log = LoggerFactory.getLogger(LiveExample.class);

	private final UaService service;

	private final AppProperties properties;

	private final Clock clock;

	private final UaTranslations translations;

	LiveExample(UaService service, AppProperties properties, Clock clock, UaTranslations translations) {
		this.service = service;
		this.translations = translations;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.site().sampleData()) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		try {
			UaCase existing = service.findCaseByNumber(NUMBER).orElse(null);
			if (existing == null) {
				UaDocument draft = service.createDraft(document(today), "sample-data");
				translations.setOriginalLanguage(draft.id(), language().getLanguage(), "sample-data");
				service.publish(draft.id(), "sample-data");
				log.info("Loaded the live example UA {} at {}", NUMBER, UaLinks.path(draft));
				return;
			}
			for (UaDocument document : service.thread(existing.id())) {
				if (document.deadlinePassed(today) && !existing.closed()) {
					service.update(document.id(), withDates(document, today), "sample-data");
				}
			}
		}
		catch (RuntimeException otherNodeWasFaster) {
			log.info("Live example not loaded: {}", otherNodeWasFaster.getMessage());
		}
	}

	static Locale language() {
		Locale server = Locale.getDefault();
		return List.of("fr", "es", "ar").contains(server.getLanguage()) ? Locale.forLanguageTag(server.getLanguage())
				: Locale.ENGLISH;
	}

	UaDocument document(LocalDate today) {
		Text text = new Text(language());
		Target minister = new Target(null, text.get("target.minister.title"), text.get("target.minister.name"),
				text.get("target.minister.organisation"), List.of("1 Example Street", "Example City 00000"),
				text.get("country"), List.of("minister@example.org"), List.of("+44 20 7946 0001"),
				List.of("+44 20 7946 0002"), List.of(), List.of(), text.get("target.minister.salutation"), false);
		Target embassy = new Target(null, text.get("target.embassy.title"), null,
				text.get("target.embassy.organisation"), List.of("2 Sample Road", "Capital City 11111"), null,
				List.of("embassy@example.org"), List.of(), List.of(), List.of(), List.of(),
				text.get("target.embassy.salutation"), true);
		return new UaDocument(null, null, DocumentStatus.DRAFT, DocumentKind.INITIAL, 1, NUMBER, null,
				text.get("country"), today.minusDays(DAYS_BEFORE_TODAY), today.plusDays(DAYS_TO_DEADLINE),
				text.get("title"), text.get("summary"), List.of(new Person(text.get("person"), text.get("pronouns"))),
				List.of(minister, embassy), text.get("letter"), text.get("background"), List.of(text.get("language")),
				null, List.of("detention", "freedom-of-expression"), null, null, null, 0);
	}

	private static UaDocument withDates(UaDocument d, LocalDate today) {
		return new UaDocument(d.id(), d.caseId(), d.status(), d.kind(), d.sequence(), d.uaNumber(), d.aiIndex(),
				d.country(), today.minusDays(DAYS_BEFORE_TODAY), today.plusDays(DAYS_TO_DEADLINE), d.title(),
				d.summary(), d.persons(), d.targets(), d.letter(), d.additionalInformation(), d.preferredLanguages(),
				d.previousUaLink(), d.themes(), d.outcome(), d.publishedAt(), d.updatedAt(), d.version());
	}

	/** The example's words in one language. */
	static final class Text {

		private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

		private final Locale locale;

		Text(Locale locale) {
			this.locale = locale;
			bundle.setBasename("i18n/sample");
			bundle.setDefaultEncoding("UTF-8");
			bundle.setFallbackToSystemLocale(false);
		}

		String get(String key) {
			return bundle.getMessage("sample.example." + key, null, locale);
		}

	}

}
