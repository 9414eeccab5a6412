package org.urgentaction.section;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;
import org.urgentaction.system.NotFoundException;

/**
 * The national sections, kept in the database (every node sees the same). A country
 * belongs to at most one section, so that the sections' totals add up.
 */
@Service
public class Sections {

	private final SectionRepository repository;

	private final AuditLog audit;

	private final Clock clock;

	Sections(SectionRepository repository, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Section> all() {
		return repository.findAll();
	}

	@Transactional(readOnly = true)
	public Optional<Section> find(String code) {
		return (code == null) ? Optional.empty() : repository.find(code.strip().toUpperCase(Locale.ROOT));
	}

	public Section get(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("Section " + code));
	}

	/** The section serving activists of this country (ISO code), if any. */
	@Transactional(readOnly = true)
	public Optional<Section> forCountry(String country) {
		if (country == null || country.isBlank()) {
			return Optional.empty();
		}
		return repository.codeForCountry(country.strip().toUpperCase(Locale.ROOT)).flatMap(repository::find);
	}

	/** Each country that has a section, with it: one query for a whole mailing. */
	@Transactional(readOnly = true)
	public Map<String, Section> byCountry() {
		Map<String, Section> sections = new java.util.HashMap<>();
		repository.findAll().forEach((section) -> section.countries().forEach((c) -> sections.put(c, section)));
		return sections;
	}

	@Transactional
	public Section create(Section input, String actor) {
		Section section = checked(input);
		try {
			repository.insert(section, clock.instant());
		}
		catch (DuplicateKeyException taken) {
			throw new InvalidInputException(new FieldProblem("code", "section.validation.codeTaken", section.code()));
		}
		audit.record(actor, "SECTION_CREATED", "section", null, section.code() + " " + section.countries());
		return section;
	}

	@Transactional
	public Section update(String code, Section input, String actor) {
		Section existing = get(code);
		Section section = checked(new Section(existing.code(), input.name(), input.countries(), input.languages(),
				input.office(), input.sender()));
		repository.update(section, clock.instant());
		audit.record(actor, "SECTION_CHANGED", "section", null, section.code() + " " + section.countries());
		return section;
	}

	@Transactional
	public void delete(String code, String actor) {
		Section existing = get(code);
		repository.delete(existing.code());
		audit.record(actor, "SECTION_DELETED", "section", null, existing.code());
	}

	private Section checked(Section input) {
		SectionRules.Checked checked = SectionRules.check(input);
		List<FieldProblem> problems = new ArrayList<>(checked.problems());
		Section section = checked.section();
		if (section.code() != null) {
			Map<String, String> elsewhere = repository.servedElsewhere(section.countries(), section.code());
			elsewhere.forEach((country, other) -> problems
				.add(new FieldProblem("countries", "section.validation.countryTaken", country, other)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return section;
	}

}
