package org.urgentaction.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The files of one bulk import between reading and saving: the documents read, grouped by
 * case (UA number), and the result of every file in the order of the archive.
 */
final class ArchiveBatch {

	private final Map<String, List<Pending>> cases = new LinkedHashMap<>();

	private final List<BulkResult> results = new ArrayList<>();

	/** A document read and waiting to be saved; {@code position} is its file's place. */
	record Pending(int position, String fileName, ImportedDocument document) {
	}

	/** Reserves the place of the next file. */
	int next() {
		results.add(null);
		return results.size() - 1;
	}

	void add(String fileName, ImportedDocument document) {
		int position = next();
		String number = document.document().uaNumber();
		String key = (number == null) ? "#" + position : number;
		cases.computeIfAbsent(key, (k) -> new ArrayList<>()).add(new Pending(position, fileName, document));
	}

	void done(int position, BulkResult result) {
		results.set(position, result);
	}

	/**
	 * Hands over the documents case by case, each case's in the order of their issue
	 * dates (then first UA, updates, closing notice; then the order of the files).
	 */
	void inCaseOrder(Consumer<Pending> action) {
		Comparator<Pending> order = Comparator
			.comparing((Pending p) -> p.document().document().issueDate(),
					Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
			.thenComparing((Pending p) -> p.document().document().kind())
			.thenComparingInt(Pending::position);
		for (List<Pending> documents : cases.values()) {
			documents.stream().sorted(order).forEach(action);
		}
	}

	List<BulkResult> results() {
		return results.stream().filter(Objects::nonNull).toList();
	}

}
