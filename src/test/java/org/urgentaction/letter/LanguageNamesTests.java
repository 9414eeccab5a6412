package org.urgentaction.letter;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageNamesTests {

	@Test
	void englishLanguageNamesAreWrittenInTheReadersLanguage() {
		assertThat(LanguageNames.in("English", Locale.forLanguageTag("ar"))).isEqualTo("الإنجليزية");
		assertThat(LanguageNames.in("Kazakh", Locale.forLanguageTag("ru"))).isEqualTo("казахский");
		assertThat(LanguageNames.in(" russian ", Locale.FRENCH)).isEqualTo("russe");
	}

	@Test
	void englishReadersAndUnknownNamesGetTheNameAsWritten() {
		assertThat(LanguageNames.in("Kazakh", Locale.ENGLISH)).isEqualTo("Kazakh");
		assertThat(LanguageNames.in("Plain Language", Locale.FRENCH)).isEqualTo("Plain Language");
	}

}
