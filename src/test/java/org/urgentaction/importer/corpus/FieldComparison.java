package org.urgentaction.importer.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaDocument;

/**
 * Compares a parsed document with the expected one field by field. Each top-level field
 * counts once, except targets: every field of every expected target counts (a missing
 * target misses all of them). Texts are compared with their white space collapsed.
 */
public final class FieldComparison {

	private final Map<String, Boolean> fields = new LinkedHashMap<>();

	private final Map<String, String> differences = new LinkedHashMap<>();

	public FieldComparison(UaDocument expected, UaDocument actual) {
		compare("kind", expected.kind(), actual.kind());
		compare("sequence", expected.sequence(), actual.sequence());
		compare("uaNumber", expected.uaNumber(), actual.uaNumber());
		compare("aiIndex", expected.aiIndex(), actual.aiIndex());
		compare("country", expected.country(), actual.country());
		compare("issueDate", expected.issueDate(), actual.issueDate());
		compare("deadline", expected.deadline(), actual.deadline());
		compare("title", expected.title(), actual.title());
		compare("summary", expected.summary(), actual.summary());
		compare("persons", expected.persons(), actual.persons());
		compare("letter", expected.letter(), actual.letter());
		compare("additionalInformation", expected.additionalInformation(), actual.additionalInformation());
		compare("preferredLanguages", expected.preferredLanguages(), actual.preferredLanguages());
		compare("previousUaLink", expected.previousUaLink(), actual.previousUaLink());
		compare("themes", expected.themes(), actual.themes());
		compare("outcome", expected.outcome() == null ? null : expected.outcome().type(),
				actual.outcome() == null ? null : actual.outcome().type());
		compare("targets.count", expected.targets().size(), actual.targets().size());
		for (int i = 0; i < expected.targets().size(); i++) {
			Target want = expected.targets().get(i);
			Target got = (i < actual.targets().size()) ? actual.targets().get(i)
					: new Target(null, null, null, null, null, null, null, null, null, null, null, null, !want.copy());
			String p = "targets[" + i + "].";
			compare(p + "title", want.title(), got.title());
			compare(p + "name", want.name(), got.name());
			compare(p + "organisation", want.organisation(), got.organisation());
			compare(p + "addressLines", want.addressLines(), got.addressLines());
			compare(p + "country", want.country(), got.country());
			compare(p + "emails", want.emails(), got.emails());
			compare(p + "faxes", want.faxes(), got.faxes());
			compare(p + "phones", want.phones(), got.phones());
			compare(p + "twitter", want.twitter(), got.twitter());
			compare(p + "facebook", want.facebook(), got.facebook());
			compare(p + "salutation", want.salutation(), got.salutation());
			compare(p + "copy", want.copy(), got.copy());
		}
	}

	public int total() {
		return fields.size();
	}

	public int correct() {
		return (int) fields.values().stream().filter(Boolean::booleanValue).count();
	}

	public Map<String, String> differences() {
		return differences;
	}

	/** Scores one more field, e.g. one the parser reports beside the document. */
	public void compare(String field, Object expected, Object actual) {
		boolean same = Objects.equals(normalised(expected), normalised(actual));
		fields.put(field, same);
		if (!same) {
			differences.put(field, "expected <" + expected + "> but was <" + actual + ">");
		}
	}

	private static Object normalised(Object value) {
		if (value instanceof String text) {
			String collapsed = text.replaceAll("\\s+", " ").strip();
			return collapsed.isEmpty() ? null : collapsed;
		}
		if (value instanceof List<?> list) {
			List<Object> values = new ArrayList<>();
			list.forEach((item) -> values.add(normalised(item)));
			return values;
		}
		return value;
	}

}
