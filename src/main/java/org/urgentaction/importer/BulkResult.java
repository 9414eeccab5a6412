package org.urgentaction.importer;

import java.util.List;

/**
 * What became of one file of a bulk import: {@code documentId} for a draft (or the
 * earlier draft of a file imported before), and the warnings or the reason it failed, in
 * words.
 */
public record BulkResult(String fileName, Outcome outcome, Long documentId, List<String> messages) {

	public BulkResult {
		messages = List.copyOf(messages);
	}

	public enum Outcome {

		IMPORTED, IMPORTED_WITH_WARNINGS, ALREADY_IMPORTED, FAILED

	}

}
