package org.urgentaction.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundle exists in every interface language with exactly the English keys, and
 * every message is a valid ICU MessageFormat pattern whose plurals name every form the
 * language gives a count (Arabic: zero, one, two, few, many, other; Russian: one, few,
 * many, other).
 */
class BundleCompletenessTests {

	static final Path RESOURCES = Path.of("src/main/resources");

	/** Bundles read outside the application's message source. */
	static final List<String> OTHER_BUNDLES = List.of("i18n/sample");

	static final List<String> TRANSLATIONS = SupportedLocales.LANGUAGES.stream()
		.filter((language) -> !language.equals("en"))
		.toList();

	@Test
	void everyBundleHasTheEnglishKeysInEveryLanguage() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String bundle : bundles()) {
			Set<String> english = load(RESOURCES.resolve(bundle + ".properties")).stringPropertyNames();
			for (String language : TRANSLATIONS) {
				Path file = RESOURCES.resolve(bundle + "_" + language + ".properties");
				if (!Files.exists(file)) {
					problems.add(file.getFileName() + " is missing");
					continue;
				}
				Set<String> keys = load(file).stringPropertyNames();
				Set<String> missing = new TreeSet<>(english);
				missing.removeAll(keys);
				Set<String> extra = new TreeSet<>(keys);
				extra.removeAll(english);
				if (!missing.isEmpty()) {
					problems.add(file.getFileName() + " lacks " + missing);
				}
				if (!extra.isEmpty()) {
					problems.add(file.getFileName() + " has keys English lacks " + extra);
				}
			}
		}
		assertThat(problems).as("bundles that differ from the English ones").isEmpty();
	}

	@Test
	void everyMessageIsAnIcuPatternWithEveryPluralFormOfItsLanguage() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String bundle : bundles()) {
			for (String language : SupportedLocales.LANGUAGES) {
				String suffix = language.equals("en") ? "" : "_" + language;
				Path file = RESOURCES.resolve(bundle + suffix + ".properties");
				if (Files.exists(file)) {
					Properties messages = load(file);
					for (String key : new TreeSet<>(messages.stringPropertyNames())) {
						String problem = problem(messages.getProperty(key), language);
						if (problem != null) {
							problems.add(file.getFileName() + " " + key + ": " + problem);
						}
					}
				}
			}
		}
		assertThat(problems).as("messages that are not valid ICU patterns").isEmpty();
	}

	@Test
	void theCheckFindsBrokenPatternsAndMissingPluralForms() {
		assertThat(problem("{0, plural, one {# день} few {# дня} many {# дней} other {# дня}}", "ru")).isNull();
		assertThat(problem("{0, plural, one {# день} other {# дней}}", "ru")).contains("few", "many");
		assertThat(problem("{0, plural, one {# day} other {# days}", "en")).isNotNull();
		assertThat(problem("{0, plural, one {# day}}", "en")).isNotNull();
		assertThat(problem("C''est {0}", "fr")).isNull();
	}

	/** Why a message is not a usable pattern in the language, or null. */
	static String problem(String message, String language) {
		try {
			new MessageFormat(message, new ULocale(language));
			MessagePattern pattern = new MessagePattern(message);
			Set<String> needed = countForms(language);
			for (int i = 0; i < pattern.countParts(); i++) {
				MessagePattern.Part part = pattern.getPart(i);
				if (part.getType() == MessagePattern.Part.Type.ARG_START
						&& part.getArgType() == MessagePattern.ArgType.PLURAL) {
					Set<String> forms = selectors(pattern, i);
					if (!forms.containsAll(needed)) {
						Set<String> missing = new TreeSet<>(needed);
						missing.removeAll(forms);
						return "a plural lacks the forms " + missing;
					}
				}
			}
			return null;
		}
		catch (IllegalArgumentException ex) {
			return ex.getMessage();
		}
	}

	/** The plural forms a count from 0 to 1000 takes in the language. */
	private static Set<String> countForms(String language) {
		PluralRules rules = PluralRules.forLocale(new ULocale(language));
		Set<String> forms = new HashSet<>();
		IntStream.rangeClosed(0, 1000).forEach((n) -> forms.add(rules.select(n)));
		return forms;
	}

	private static Set<String> selectors(MessagePattern pattern, int start) {
		Set<String> selectors = new HashSet<>();
		int limit = pattern.getLimitPartIndex(start);
		for (int j = start + 1; j < limit; j++) {
			MessagePattern.Part part = pattern.getPart(j);
			if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
				selectors.add(pattern.getSubstring(part));
			}
			else if (part.getType() == MessagePattern.Part.Type.MSG_START) {
				j = pattern.getLimitPartIndex(j);
			}
		}
		return selectors;
	}

	/** The bundles named in spring.messages.basename, and those read elsewhere. */
	static List<String> bundles() throws IOException {
		Properties application = load(RESOURCES.resolve("application.properties"));
		return Stream
			.concat(Stream.of(application.getProperty("spring.messages.basename").split(",")).map(String::strip),
					OTHER_BUNDLES.stream())
			.toList();
	}

	static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}


}
