package org.urgentaction.section;

import java.time.Instant;
import java.util.List;

import org.urgentaction.ua.Target;

/**
 * A section's version of a document: the officials in its own country who receive a copy
 * (each {@code copy}), and a note to its activists.
 */
public record SectionVersion(long documentId, String sectionCode, List<Target> copyTargets, String note,
		Instant updatedAt, String updatedBy) {

	public SectionVersion {
		copyTargets = List.copyOf(copyTargets == null ? List.of() : copyTargets);
	}

	static SectionVersion none(long documentId, String sectionCode) {
		return new SectionVersion(documentId, sectionCode, List.of(), null, null, null);
	}

}
