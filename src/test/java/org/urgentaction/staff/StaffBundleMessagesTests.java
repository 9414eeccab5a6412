package org.urgentaction.staff;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The messages of the staff-side bundles (staff pages, importer, replies, analytics,
 * group pack, webhooks) and of the API's problem documents, formatted as the ICU message
 * source formats them: every pattern compiles, every plural names each category its
 * language has (Russian one/few/many/other, Arabic zero/one/two/few/many/other), and the
 * counts come out in the right form.
 */
class StaffBundleMessagesTests {

	static final List<String> BUNDLES = List.of("staff", "importer", "reply", "analytics", "grouppack", "webhook",
			"problem");

	static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar", "ru", "zh");

	static final Pattern PLURAL = Pattern.compile("\\{\\s*\\d+\\s*,\\s*plural\\s*,");

	static final Pattern CATEGORY = Pattern.compile("(?:^|[\\s}])(zero|one|two|few|many|other)\\s*\\{");

	@Test
	void everyMessageWithArgumentsFormatsWithIcu() throws IOException {
		for (String bundle : BUNDLES) {
			for (String language : LANGUAGES) {
				ULocale locale = new ULocale(language);
				for (Map.Entry<Object, Object> entry : load(bundle, language).entrySet()) {
					String pattern = (String) entry.getValue();
					if (!pattern.contains("{")) {
						continue;
					}
					String where = bundle + "_" + language + ": " + entry.getKey();
					assertThat(pattern).as(where + " holds a bare apostrophe").doesNotContain("'");
					MessageFormat format = new MessageFormat(pattern, locale);
					for (long n : new long[] { 0, 1, 2, 3, 5, 11, 21, 102 }) {
						String text = format.format(arguments(n));
						assertThat(text).as(where).doesNotContain("{", "}", "#");
					}
				}
			}
		}
	}

	@Test
	void everyPluralNamesTheCategoriesOfItsLanguage() throws IOException {
		for (String bundle : BUNDLES) {
			for (String language : LANGUAGES) {
				Set<String> categories = integerCategories(language);
				for (Map.Entry<Object, Object> entry : load(bundle, language).entrySet()) {
					String pattern = (String) entry.getValue();
					if (!PLURAL.matcher(pattern).find()) {
						continue;
					}
					Set<String> used = new TreeSet<>();
					Matcher category = CATEGORY.matcher(pattern);
					while (category.find()) {
						used.add(category.group(1));
					}
					assertThat(used).as(bundle + "_" + language + ": " + entry.getKey()).containsAll(categories);
				}
			}
		}
	}

	@Test
	void countsTakeTheFormTheirNumberAsks() throws IOException {
		assertThat(format("staff", "en", "staff.login.wait", 1)).endsWith("in 1 second.");
		assertThat(format("staff", "en", "staff.login.wait", 30)).endsWith("in 30 seconds.");
		assertThat(format("staff", "ru", "staff.login.wait", 1)).endsWith("через 1 секунду.");
		assertThat(format("staff", "ru", "staff.login.wait", 3)).endsWith("через 3 секунды.");
		assertThat(format("staff", "ru", "staff.login.wait", 5)).endsWith("через 5 секунд.");
		assertThat(format("staff", "ru", "staff.login.wait", 21)).endsWith("через 21 секунду.");
		assertThat(format("staff", "ar", "staff.login.wait", 2)).endsWith("ثانيتين.");
		assertThat(format("staff", "ar", "staff.login.wait", 5)).contains("ثوانٍ");
		assertThat(format("staff", "fr", "staff.login.wait", 1)).endsWith("dans 1 seconde.");
		assertThat(format("importer", "ru", "importer.review.checkThese", 2)).contains("2 поля");
		assertThat(format("importer", "ru", "importer.review.checkThese", 12)).contains("12 полей");
		assertThat(format("importer", "en", "importer.review.checkThese", 1))
			.isEqualTo("Please check this field before saving:");
		assertThat(format("importer", "zh", "importer.review.checkThese", 4)).contains("4 个字段");
		assertThat(format("problem", "es", "problem.detail.loginThrottled", 1)).endsWith("dentro de 1 segundo.");
		assertThat(format("importer", "en", "importer.bulk.document", 12345)).isEqualTo("document 12345");
	}

	/** The plural categories whole counts up to a thousand fall in. */
	private static Set<String> integerCategories(String language) {
		PluralRules rules = PluralRules.forLocale(new ULocale(language));
		Set<String> categories = new TreeSet<>();
		for (int n = 0; n <= 1000; n++) {
			categories.add(rules.select(n));
		}
		return categories;
	}

	private static String format(String bundle, String language, String key, long count) throws IOException {
		String pattern = load(bundle, language).getProperty(key);
		return new MessageFormat(pattern, new ULocale(language)).format(new Object[] { count });
	}

	private static Object[] arguments(long n) {
		// the first argument is a count or a date; the others are names or counts
		return new Object[] { n, n, n, n };
	}

	private static Properties load(String bundle, String language) throws IOException {
		String name = "/i18n/" + bundle + (language.equals("en") ? "" : "_" + language) + ".properties";
		Properties properties = new Properties();
		try (InputStream in = StaffBundleMessagesTests.class.getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
