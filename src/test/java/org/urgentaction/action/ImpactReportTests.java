package org.urgentaction.action;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.DocumentStatus;
import org.urgentaction.ua.Person;
import org.urgentaction.ua.UaDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sentence of the impact report, over one day, one year and two years.
 */
class ImpactReportTests {

	static final ImpactTexts ENGLISH = new ImpactTexts(Locale.ENGLISH);

	final UaDocument document = new UaDocument(1L, 1L, DocumentStatus.PUBLISHED, DocumentKind.INITIAL, 1, "46/19", null,
			"Kazakhstan", LocalDate.of(2019, 8, 16), null, "Title", null,
			List.of(new Person("Serikzhan Bilash", "he/him")), List.of(), null, null, List.of(), null, List.of(), null,
			null, null, 0);

	@Test
	void betweenTwoDaysOfOneYear() {
		ActionTotals totals = new ActionTotals(1234, 800, 512, Map.of("LETTER", 1234L), Map.of(),
				Map.of("KZ", 1000L, "DE", 234L), Map.of("2019-08-16", 1000L, "2019-09-27", 234L));
		assertThat(ImpactReport.sentence(totals, document, ENGLISH)).isEqualTo(
				"Between 16 August and 27 September 2019, 512 people in 2 countries sent 1,234 appeals on behalf of Serikzhan Bilash.");
	}

	@Test
	void acrossYearsAndOnOneDay() {
		assertThat(ImpactReport.period(LocalDate.of(2019, 12, 30), LocalDate.of(2020, 1, 2), ENGLISH))
			.isEqualTo("Between 30 December 2019 and 2 January 2020");
		ActionTotals one = new ActionTotals(1, 1, 1, Map.of("FAX", 1L), Map.of(), Map.of("KZ", 1L),
				Map.of("2019-08-16", 1L));
		assertThat(ImpactReport.sentence(one, document, ENGLISH))
			.isEqualTo("On 16 August 2019, 1 person in 1 country sent 1 appeal on behalf of Serikzhan Bilash.");
	}

	@Test
	void inRussianAndChineseWithTheirPluralsAndDates() {
		ActionTotals totals = new ActionTotals(1234, 800, 22, Map.of("LETTER", 1234L), Map.of(),
				Map.of("KZ", 1000L, "DE", 234L), Map.of("2019-08-16", 1000L, "2019-09-27", 234L));
		assertThat(ImpactReport.sentence(totals, document, new ImpactTexts(Locale.forLanguageTag("ru"))))
			.startsWith("С 16 августа по 27 сентября 2019 г.")
			.contains("22 человека", "2 стран", "1\u00a0234 обращения");
		assertThat(ImpactReport.sentence(totals, document, new ImpactTexts(Locale.forLanguageTag("zh"))))
			.contains("2019年9月27日", "22", "1,234");
	}

	@Test
	void aLanguageWithoutTranslationFallsBackToEnglish() {
		assertThat(ImpactReport.period(LocalDate.of(2019, 8, 16), LocalDate.of(2019, 8, 16),
				new ImpactTexts(Locale.forLanguageTag("sw"))))
			.isEqualTo("On 16 August 2019");
	}

}
