package org.urgentaction.action;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import com.ibm.icu.text.MessageFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundles of reporting, letters, subscribing and mailing in French, Spanish, Arabic,
 * Russian and Chinese: the keys of English exactly, and every message with arguments
 * formats with ICU MessageFormat for 1, 2, 5, 21 and 1,234 items, leaving no syntax
 * behind.
 */
class ActionBundlesTests {

	static final List<String> BUNDLES = List.of("action", "letter", "subscriber", "mailing");

	static final List<String> LANGUAGES = List.of("fr", "es", "ar", "ru", "zh");

	@ParameterizedTest
	@ValueSource(strings = { "action", "letter", "subscriber", "mailing" })
	void everyLanguageHasTheKeysOfEnglish(String bundle) {
		Properties english = load(bundle, "");
		for (String language : LANGUAGES) {
			assertThat(load(bundle, "_" + language).stringPropertyNames()).as(bundle + "_" + language)
				.isEqualTo(english.stringPropertyNames());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr", "es", "ar", "ru", "zh" })
	void everyMessageWithArgumentsFormatsWithIcu(String language) {
		for (String bundle : BUNDLES) {
			Properties messages = load(bundle, language.equals("en") ? "" : "_" + language);
			for (String key : messages.stringPropertyNames()) {
				String message = messages.getProperty(key);
				if (!message.contains("{") || key.endsWith("Pattern")) {
					continue;
				}
				MessageFormat format = new MessageFormat(message, Locale.forLanguageTag(language));
				for (long n : new long[] { 0, 1, 2, 5, 21, 1234 }) {
					String text = format.format(new Object[] { n, n, n, n, n });
					assertThat(text).as(language + " " + key + " " + n).doesNotContain("{", "}", "''");
					if (message.contains("plural")) {
						assertThat(text).as(language + " " + key + " " + n).doesNotContain("#");
					}
				}
			}
		}
	}

	@Test
	void russianAndArabicCountersTakeTheirPluralForms() {
		assertThat(counter("ru", 1, 1)).isEqualTo("1 действие из 1 страны");
		assertThat(counter("ru", 2, 3)).isEqualTo("2 действия из 3 стран");
		assertThat(counter("ru", 5, 21)).isEqualTo("5 действий из 21 страны");
		assertThat(counter("ru", 21, 22)).isEqualTo("21 действие из 22 стран");
		assertThat(counter("ar", 1, 2)).isEqualTo("إجراء واحد من بلدين");
		assertThat(counter("ar", 3, 11)).isEqualTo("3 إجراءات من 11 بلدًا");
		assertThat(counter("ar", 100, 1)).isEqualTo("100 إجراء من بلد واحد");
		assertThat(counter("en", 1234, 1)).isEqualTo("1,234 actions from 1 country");
		assertThat(counter("fr", 1, 2)).isEqualTo("1 action depuis 2 pays");
		assertThat(counter("zh", 5, 2)).isEqualTo("5 次行动，来自 2 个国家");
	}

	@Test
	void reminderSubjectsCountTheDaysLeft() {
		assertThat(format("mailing", "ru", "mailing.subject.reminder", "1/26", "Title", 3))
			.startsWith("Осталось 3 дня");
		assertThat(format("mailing", "ru", "mailing.subject.reminder", "1/26", "Title", 5))
			.startsWith("Осталось 5 дней");
		assertThat(format("mailing", "ar", "mailing.subject.reminder", "1/26", "Title", 2)).startsWith("بقي يومان");
		assertThat(format("mailing", "en", "mailing.subject.reminder", "1/26", "Title", 1)).startsWith("1 day left");
	}

	private static String counter(String language, long actions, long countries) {
		return format("action", language, "action.counter", actions, countries);
	}

	private static String format(String bundle, String language, String key, Object... args) {
		String message = load(bundle, language.equals("en") ? "" : "_" + language).getProperty(key);
		return new MessageFormat(message, Locale.forLanguageTag(language)).format(args);
	}

	static Properties load(String bundle, String suffix) {
		String path = "/i18n/" + bundle + suffix + ".properties";
		try (InputStream in = ActionBundlesTests.class.getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
