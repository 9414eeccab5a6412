package org.urgentaction.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.UaDocument;

/**
 * The summary of a bulk import: one result per file, the counts per outcome, how often
 * each field was found in the documents read, and the documents that could not be placed
 * in a case (no UA number, or an update whose earlier documents are not there).
 */
public final class BulkReport {

	private static final Map<String, Predicate<UaDocument>> FIELDS = fields();

	private final List<BulkResult> results = new ArrayList<>();

	private final Map<String, Integer> found = new LinkedHashMap<>();

	private final List<String> unplaced = new ArrayList<>();

	private int read;

	void found(UaDocument document) {
		read++;
		FIELDS.forEach((field, present) -> found.merge(field, present.test(document) ? 1 : 0, Integer::sum));
	}

	void unplaced(String fileName, String reason) {
		unplaced.add(fileName + ": " + reason);
	}

	/** How many of the documents read had each field. */
	public Map<String, Integer> fieldsFound() {
		return Map.copyOf(found);
	}

	public int documentsRead() {
		return read;
	}

	public List<String> unplaced() {
		return List.copyOf(unplaced);
	}

	void add(BulkResult result) {
		results.add(result);
	}

	public List<BulkResult> results() {
		return List.copyOf(results);
	}

	public long count(BulkResult.Outcome outcome) {
		return results.stream().filter((result) -> result.outcome() == outcome).count();
	}

	public long imported() {
		return count(BulkResult.Outcome.IMPORTED);
	}

	public long importedWithWarnings() {
		return count(BulkResult.Outcome.IMPORTED_WITH_WARNINGS);
	}

	public long alreadyImported() {
		return count(BulkResult.Outcome.ALREADY_IMPORTED);
	}

	public long failed() {
		return count(BulkResult.Outcome.FAILED);
	}

	/** The report as plain text, one line per file and a total. */
	public String text() {
		StringBuilder text = new StringBuilder();
		for (BulkResult result : results) {
			text.append(String.format("%-24s %s%s%n", result.outcome(), result.fileName(),
					result.documentId() == null ? "" : " -> document " + result.documentId()));
			result.messages().forEach((message) -> text.append("      ").append(message).append('\n'));
		}
		text.append(String.format("Imported: %d, imported with warnings: %d, already imported: %d, failed: %d%n",
				imported(), importedWithWarnings(), alreadyImported(), failed()));
		if (read > 0) {
			text.append(String.format("Fields found in the %d documents read:%n", read));
			found.forEach((field, count) -> text
				.append(String.format("  %-22s %6d  %5.1f%%%n", field, count, 100.0 * count / read)));
		}
		text.append(String.format("Not placed in a case: %d%n", unplaced.size()));
		unplaced.forEach((line) -> text.append("  ").append(line).append('\n'));
		return text.toString();
	}

	private static Map<String, Predicate<UaDocument>> fields() {
		Map<String, Predicate<UaDocument>> fields = new LinkedHashMap<>();
		fields.put("uaNumber", (d) -> d.uaNumber() != null);
		fields.put("aiIndex", (d) -> d.aiIndex() != null);
		fields.put("country", (d) -> d.country() != null);
		fields.put("issueDate", (d) -> d.issueDate() != null);
		fields.put("deadline", (d) -> d.deadline() != null);
		fields.put("title", (d) -> d.title() != null);
		fields.put("summary", (d) -> d.summary() != null);
		fields.put("persons", (d) -> !d.persons().isEmpty());
		fields.put("targets", (d) -> !d.targets().isEmpty());
		fields.put("letter", (d) -> d.letter() != null);
		fields.put("additionalInformation", (d) -> d.additionalInformation() != null);
		fields.put("preferredLanguages", (d) -> !d.preferredLanguages().isEmpty());
		fields.put("themes", (d) -> !d.themes().isEmpty());
		fields.put("update or closing", (d) -> d.kind() != DocumentKind.INITIAL);
		fields.put("outcome", (d) -> d.outcome() != null);
		return fields;
	}

}
