package org.urgentaction.system;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's messages: ICU plurals by language, dates by locale whatever the
 * server's time zone, the old {@code ''} escapes, and English where a language lacks a
 * key.
 */
class IcuMessageSourceTests {

	final IcuMessageSource messages = new IcuMessageSource();

	IcuMessageSourceTests() {
		messages.setBasenames("i18n/messages", "i18n/ua", "i18n/mailing", "i18n-test/fallback");
	}

	String get(String key, String language, Object... args) {
		return messages.getMessage(key, args, Locale.forLanguageTag(language));
	}

	@Test
	void countsTakeTheFormTheirLanguageGivesThem() {
		assertThat(get("ua.deadline.daysLeft", "en", 1)).isEqualTo("1 day left");
		assertThat(get("ua.deadline.daysLeft", "en", 5)).isEqualTo("5 days left");
		assertThat(get("ua.deadline.daysLeft", "en", 0)).isEqualTo("last day");
		assertThat(get("ua.deadline.daysLeft", "ru", 21)).isEqualTo("остался 21 день");
		assertThat(get("ua.deadline.daysLeft", "ru", 3)).isEqualTo("осталось 3 дня");
		assertThat(get("ua.deadline.daysLeft", "ru", 11)).isEqualTo("осталось 11 дней");
		assertThat(get("ua.deadline.daysLeft", "ar", 2)).isEqualTo("بقي يومان");
		assertThat(get("ua.deadline.daysLeft", "zh", 58)).isEqualTo("还剩 58 天");
	}

	@Test
	void datesAreWrittenAsEachLanguageWritesThem() {
		LocalDate day = LocalDate.of(2019, 9, 27);
		java.util.TimeZone server = java.util.TimeZone.getDefault();
		try {
			java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
			assertThat(get("ua.date", "en", day)).isEqualTo("27 September 2019");
			assertThat(get("ua.date", "fr", day)).isEqualTo("27 septembre 2019");
			assertThat(get("ua.date", "zh", day)).isEqualTo("2019年9月27日");
			assertThat(get("ua.date", "ru", day)).startsWith("27 сентября 2019");
		}
		finally {
			java.util.TimeZone.setDefault(server);
		}
	}

	@Test
	void doubledApostrophesAndMessagesWithoutArgumentsStayAsTheyWere() {
		assertThat(get("mailing.subject.digest", "en", "2 December")).isEqualTo("This week's Urgent Actions (2 December)");
		assertThat(get("ua.page.closedNoActions", "fr")).isEqualTo("Ce cas est clos. Merci de ne plus envoyer d’appels.");
	}

	@Test
	void aLanguageWithoutTheKeyFallsBackToEnglish() {
		assertThat(get("both", "fr", 1)).isEqualTo("Dans les deux, 1");
		assertThat(get("englishOnly", "fr", 1)).isEqualTo("Only in English, 1");
	}

}
