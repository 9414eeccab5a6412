package org.urgentaction.section;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;
import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaDocumentJson.TargetJson;
import org.urgentaction.ua.UaService;

/**
 * The sections' versions of documents. Writing one checks the copy targets as the
 * document's own targets are checked: each is named and its addresses are well formed.
 */
@Service
public class SectionVersions {

	static final int MAX_COPY_TARGETS = 20;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final SectionVersionRepository repository;

	private final Sections sections;

	private final UaService uas;

	private final AuditLog audit;

	private final Clock clock;

	SectionVersions(SectionVersionRepository repository, Sections sections, UaService uas, AuditLog audit,
			Clock clock) {
		this.repository = repository;
		this.sections = sections;
		this.uas = uas;
		this.audit = audit;
		this.clock = clock;
	}

	/** The section's version of the document; without one, no copies and no note. */
	@Transactional(readOnly = true)
	public SectionVersion of(long documentId, String sectionCode) {
		return repository.find(documentId, sectionCode).orElse(SectionVersion.none(documentId, sectionCode));
	}

	@Transactional
	public SectionVersion save(long documentId, String sectionCode, List<TargetJson> copyTargets, String note,
			String actor) {
		uas.get(documentId);
		Section section = sections.get(sectionCode);
		List<FieldProblem> problems = new ArrayList<>();
		List<TargetJson> given = (copyTargets == null) ? List.of() : copyTargets;
		if (given.size() > MAX_COPY_TARGETS) {
			problems.add(new FieldProblem("copyTargets", "validation.range", 0, MAX_COPY_TARGETS));
		}
		for (int i = 0; i < given.size(); i++) {
			check("copyTargets[" + i + "]", given.get(i), problems);
		}
		String text = SectionRules.strip(note);
		if (text != null && text.length() > 10_000) {
			problems.add(new FieldProblem("note", "validation.length", 10_000));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<Target> targets = SectionVersionRepository.targets(given);
		SectionVersion version = new SectionVersion(documentId, section.code(), targets, text, clock.instant(), actor);
		try {
			repository.save(version, clock.instant());
		}
		catch (DuplicateKeyException writtenByAnotherNodeAtOnce) {
			repository.save(version, clock.instant());
		}
		audit.record(actor, "SECTION_VERSION_SAVED", "ua_document", documentId,
				section.code() + ": " + targets.size() + " copy targets");
		return version;
	}

	private static void check(String field, TargetJson target, List<FieldProblem> problems) {
		if (target == null || (blank(target.title()) && blank(target.name()) && blank(target.organisation()))) {
			problems.add(new FieldProblem(field + ".name", "validation.targetNamed"));
			return;
		}
		for (String[] text : new String[][] { { "title", target.title() }, { "name", target.name() },
				{ "organisation", target.organisation() }, { "country", target.country() },
				{ "salutation", target.salutation() } }) {
			if (text[1] != null && text[1].length() > 300) {
				problems.add(new FieldProblem(field + "." + text[0], "validation.length", 300));
			}
		}
		List<String> emails = (target.emails() == null) ? List.of() : target.emails();
		for (String email : emails) {
			if (email == null || !EMAIL.matcher(email.strip()).matches() || email.length() > 320) {
				problems.add(new FieldProblem(field + ".emails", "validation.email", String.valueOf(email)));
			}
		}
		for (List<String> lines : java.util.Arrays.asList(target.addressLines(), target.faxes(), target.phones(),
				target.twitter(), target.facebook())) {
			if (lines != null && (lines.size() > 10 || lines.stream().anyMatch((l) -> l == null || l.length() > 300))) {
				problems.add(new FieldProblem(field, "validation.length", 300));
			}
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
