package org.urgentaction.support;

import java.util.Comparator;

import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

/**
 * The sample UA 46/19 as the sample data loaded it: the first published document of its
 * case. Tests that share an application context may add drafts or documents to the same
 * case, so "the newest document of the case" is not it.
 */
public final class SampleDocument {

	private SampleDocument() {
	}

	public static UaDocument of(UaService service) {
		long caseId = service.findCaseByNumber("46/19").orElseThrow().id();
		return service.thread(caseId)
			.stream()
			.filter(UaDocument::isPublished)
			.min(Comparator.comparing(UaDocument::id))
			.orElseThrow();
	}

}
