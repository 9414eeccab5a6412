package org.urgentaction.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The summary of a bulk import: one result per file, and the counts per outcome.
 */
public final class BulkReport {

	private final List<BulkResult> results = new ArrayList<>();

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
		return text.toString();
	}

}
