package org.urgentaction.importer;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.urgentaction.importer.parse.ImportWarning;
import org.urgentaction.importer.parse.PreviousDocument;
import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.UaCase;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

/**
 * Places an imported update in its case from what its text says: "Further information on
 * UA 211/94 (MDE 29/05/94, 3 June 1994)" puts it right after the document with that index
 * (or of that date), moving later documents of the case one place on; a first UA imported
 * after its updates goes before them. An update whose earlier document is not in the case
 * is placed at its end, and reported as not placed.
 */
@Component
class CasePlacement {

	private final UaService documents;

	CasePlacement(UaService documents) {
		this.documents = documents;
	}

	/** Where an imported document goes; its sequence, 0 when it goes at the end. */
	record Place(int sequence, ImportWarning problem) {

		boolean placed() {
			return problem == null;
		}

	}

	Place place(UaDocument draft, PreviousDocument follows, String actor) {
		if (draft.uaNumber() == null) {
			return new Place(draft.sequence(), null);
		}
		Optional<UaCase> uaCase = documents.findCaseByNumber(draft.uaNumber());
		List<UaDocument> thread = uaCase.map((c) -> documents.thread(c.id())).orElse(List.of());
		int sequence = draft.sequence();
		ImportWarning problem = null;
		if (draft.kind() != DocumentKind.INITIAL && follows == null && thread.isEmpty()) {
			problem = new ImportWarning("sequence", "caseNotFound");
		}
		else if (draft.kind() != DocumentKind.INITIAL && follows != null) {
			Optional<UaDocument> previous = thread.stream().filter((d) -> names(follows, d)).findFirst();
			if (previous.isEmpty()) {
				problem = new ImportWarning("sequence", "previousNotFound", Objects.toString(follows.aiIndex(), "?"),
						Objects.toString(follows.issueDate(), "?"));
			}
			else if (sequence == 0) {
				sequence = previous.get().sequence() + 1;
				makeRoom(thread, sequence, actor);
			}
		}
		else if (draft.kind() == DocumentKind.INITIAL
				&& thread.stream().anyMatch((d) -> d.sequence() == 1 && d.kind() != DocumentKind.INITIAL)) {
			makeRoom(thread, 1, actor);
		}
		return new Place(sequence, problem);
	}

	private static boolean names(PreviousDocument follows, UaDocument document) {
		if (follows.aiIndex() != null && document.aiIndex() != null) {
			return follows.aiIndex().equals(document.aiIndex());
		}
		return follows.issueDate() != null && follows.issueDate().equals(document.issueDate());
	}

	/**
	 * Moves the documents at {@code sequence} and after it one place on, if one is there.
	 */
	private void makeRoom(List<UaDocument> thread, int sequence, String actor) {
		if (thread.stream().noneMatch((d) -> d.sequence() == sequence)) {
			return;
		}
		thread.stream()
			.filter((d) -> d.sequence() >= sequence)
			.sorted(Comparator.comparingInt(UaDocument::sequence).reversed())
			.forEach((d) -> documents.update(d.id(), moved(d, d.sequence() + 1), actor));
	}

	static UaDocument moved(UaDocument d, int sequence) {
		return new UaDocument(d.id(), d.caseId(), d.status(), d.kind(), sequence, d.uaNumber(), d.aiIndex(),
				d.country(), d.issueDate(), d.deadline(), d.title(), d.summary(), d.persons(), d.targets(), d.letter(),
				d.additionalInformation(), d.preferredLanguages(), d.previousUaLink(), d.themes(), d.outcome(),
				d.publishedAt(), d.updatedAt(), d.version());
	}

}
