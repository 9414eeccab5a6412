package org.urgentaction.ua;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A document as the JSON API reads and writes it. The importer's preview uses the same
 * field names.
 */
public record UaDocumentJson(Long id, Long caseId, DocumentStatus status, String url, DocumentKind kind,
		Integer sequence, String uaNumber, String aiIndex, String country, LocalDate issueDate, LocalDate deadline,
		String title, String summary, List<PersonJson> persons, List<TargetJson> targets, String letter,
		String additionalInformation, List<String> preferredLanguages, String previousUaLink, List<String> themes,
		OutcomeJson outcome, Instant publishedAt, Instant updatedAt, Long version, StopJson stop, SafetyJson safety,
		@JsonInclude(JsonInclude.Include.NON_NULL) String language,
		@JsonInclude(JsonInclude.Include.NON_NULL) List<String> languages) {

	/** Action on the case is stopped; {@code reason} only for staff. */
	public record StopJson(StopReason reason, String message, Instant stoppedAt) {
	}

	public record SafetyJson(String advice, boolean anonymousReports) {
	}

	public record PersonJson(String name, String pronouns) {
	}

	public record TargetJson(Long id, String title, String name, String organisation, List<String> addressLines,
			String country, List<String> emails, List<String> faxes, List<String> phones, List<String> twitter,
			List<String> facebook, String salutation, Boolean copy) {
	}

	public record OutcomeJson(OutcomeType type, String note) {
	}

	public static UaDocumentJson of(UaDocument d, String url) {
		return new UaDocumentJson(d.id(), d.caseId(), d.status(), url, d.kind(), d.sequence(), d.uaNumber(),
				d.aiIndex(), d.country(), d.issueDate(), d.deadline(), d.title(), d.summary(),
				d.persons().stream().map((p) -> new PersonJson(p.name(), p.pronouns())).toList(),
				d.targets().stream().map(UaDocumentJson::target).toList(), d.letter(), d.additionalInformation(),
				d.preferredLanguages(), d.previousUaLink(), d.themes(),
				d.outcome() == null ? null : new OutcomeJson(d.outcome().type(), d.outcome().note()), d.publishedAt(),
				d.updatedAt(), d.version(), null, null, null, null);
	}

	/**
	 * The document in the language a reader asked for, saying which language its text is
	 * in and which others it is published in.
	 */
	public static UaDocumentJson of(Localized localized, String url) {
		UaDocumentJson d = of(localized.document(), url);
		return new UaDocumentJson(d.id, d.caseId, d.status, d.url, d.kind, d.sequence, d.uaNumber, d.aiIndex, d.country,
				d.issueDate, d.deadline, d.title, d.summary, d.persons, d.targets, d.letter, d.additionalInformation,
				d.preferredLanguages, d.previousUaLink, d.themes, d.outcome, d.publishedAt, d.updatedAt, d.version,
				d.stop, d.safety, localized.language(), localized.languages());
	}

	/** With what the case says of a stop and of safety (read-only fields). */
	public UaDocumentJson withCase(UaCase uaCase, boolean staff) {
		CaseStop s = uaCase.stop();
		StopJson stopJson = (s == null) ? null : new StopJson(staff ? s.reason() : null, s.message(), s.stoppedAt());
		SafetyJson safetyJson = (uaCase.safety().advice() == null && !uaCase.safety().anonymousReports()) ? null
				: new SafetyJson(uaCase.safety().advice(), uaCase.safety().anonymousReports());
		return new UaDocumentJson(id, caseId, status, url, kind, sequence, uaNumber, aiIndex, country, issueDate,
				deadline, title, summary, persons, targets, letter, additionalInformation, preferredLanguages,
				previousUaLink, themes, outcome, publishedAt, updatedAt, version, stopJson, safetyJson, language,
				languages);
	}

	private static TargetJson target(Target t) {
		return new TargetJson(t.id(), t.title(), t.name(), t.organisation(), t.addressLines(), t.country(), t.emails(),
				t.faxes(), t.phones(), t.twitter(), t.facebook(), t.salutation(), t.copy());
	}

	/**
	 * The document this JSON describes; a missing sequence means "the next in the case".
	 */
	public UaDocument toDocument() {
		return new UaDocument(null, null, DocumentStatus.DRAFT, kind == null ? DocumentKind.INITIAL : kind,
				sequence == null ? 0 : sequence, uaNumber, aiIndex, country, issueDate, deadline, title, summary,
				persons == null ? List.of()
						: persons.stream()
							.map((p) -> new Person(p == null ? null : p.name(), p == null ? null : p.pronouns()))
							.toList(),
				targets == null ? List.of() : targets.stream().map(UaDocumentJson::toTarget).toList(), letter,
				additionalInformation, preferredLanguages, previousUaLink, themes,
				(outcome == null || outcome.type() == null) ? null : new Outcome(outcome.type(), outcome.note()), null,
				null, version == null ? 0 : version);
	}

	private static Target toTarget(TargetJson t) {
		if (t == null) {
			return new Target(null, null, null, null, null, null, null, null, null, null, null, null, false);
		}
		return new Target(t.id(), t.title(), t.name(), t.organisation(), t.addressLines(), t.country(), t.emails(),
				t.faxes(), t.phones(), t.twitter(), t.facebook(), t.salutation(), Boolean.TRUE.equals(t.copy()));
	}

}
