package org.urgentaction.importer.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Salutations such as {@code Dear Ambassador} or the bilingual
 * {@code Dear Minister/Estimado Señor Secretario}.
 */
final class Salutations {

	static final Pattern OPENING = Pattern
		.compile("^(Dear|Estimad[oa]s?|Monsieur|Madame|Excelent[ií]simo)\\b.{1,200}$");

	private static final Pattern OFFICE_ONLY = Pattern
		.compile("^Dear\\s+((?:Mr\\.?|Madam|Madame)\\s+)?(\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+){0,3})\\s*(?:/.*)?$");

	private Salutations() {
	}

	static String clean(String salutation) {
		String value = salutation.strip().replaceAll("[,:;]+$", "").strip();
		return value.isEmpty() ? null : value;
	}

	/**
	 * The office a salutation addresses, to stand for a missing title:
	 * {@code Dear Ambassador} gives {@code Ambassador}; {@code Dear Sir} gives nothing.
	 */
	static Optional<String> office(String salutation) {
		if (salutation == null) {
			return Optional.empty();
		}
		Matcher matcher = OFFICE_ONLY.matcher(salutation.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String office = matcher.group(2);
		if (!TargetHeading.isOffice(office)) {
			return Optional.empty();
		}
		return Optional.of(office);
	}

}
