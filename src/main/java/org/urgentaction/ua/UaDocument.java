package org.urgentaction.ua;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One Urgent Action document: the first UA of a case, an update, or the final one.
 * {@code id}, {@code caseId}, {@code status} and the timestamps are set by the
 * repository; a new document has them {@code null}.
 */
public record UaDocument(Long id, Long caseId, DocumentStatus status, DocumentKind kind, int sequence, String uaNumber,
		String aiIndex, String country, LocalDate issueDate, LocalDate deadline, String title, String summary,
		List<Person> persons, List<Target> targets, String letter, String additionalInformation,
		List<String> preferredLanguages, String previousUaLink, List<String> themes, Outcome outcome,
		Instant publishedAt, Instant updatedAt, long version) {

	public UaDocument {
		persons = List.copyOf(persons == null ? List.of() : persons);
		targets = List.copyOf(targets == null ? List.of() : targets);
		preferredLanguages = List.copyOf(preferredLanguages == null ? List.of() : preferredLanguages);
		themes = List.copyOf(themes == null ? List.of() : themes);
	}

	public boolean isPublished() {
		return status == DocumentStatus.PUBLISHED || status == DocumentStatus.CLOSED;
	}

	/**
	 * Whether the deadline has passed on {@code today}; a document without a deadline
	 * ("as soon as possible") never passes it.
	 */
	public boolean deadlinePassed(LocalDate today) {
		return deadline != null && today.isAfter(deadline);
	}

	/**
	 * Days from {@code today} until the deadline (negative once passed); 0 without one.
	 */
	public long daysLeft(LocalDate today) {
		return deadline == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(today, deadline);
	}

	/**
	 * The address of the document's public page, e.g.
	 * {@code /uas/12/46-19-human-rights-defender-facing-bogus-charges}.
	 */
	public String path() {
		return UaLinks.path(this);
	}

	public String personNames() {
		return String.join(", ", persons.stream().map(Person::name).toList());
	}

	public Target target(long targetId) {
		return targets.stream()
			.filter((target) -> target.id() != null && target.id() == targetId)
			.findFirst()
			.orElse(null);
	}

}
