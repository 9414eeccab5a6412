package org.urgentaction.importer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.importer.parse.ImportWarning;
import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;
import org.urgentaction.ua.UaTranslations;

/**
 * Saves an imported document as a draft (joining the case with its UA number) and
 * remembers the file's content hash in the same transaction, so that the same file never
 * becomes two drafts, even when two nodes import it at once.
 */
@Service
public class ImportService {

	private final UaService documents;

	private final ImportedFiles files;

	private final AuditLog audit;

	private final Clock clock;

	private final Counter imported;

	private final CasePlacement placement;

	private final UaTranslations translations;

	ImportService(UaService documents, ImportedFiles files, AuditLog audit, Clock clock, MeterRegistry meters,
			CasePlacement placement, UaTranslations translations) {
		this.translations = translations;
		this.documents = documents;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
		this.imported = Counter.builder("ua.imports").description("Documents imported as drafts").register(meters);
		this.placement = placement;
	}

	@Transactional(readOnly = true)
	public Optional<Long> importedAs(String contentHash) {
		return files.documentFor(contentHash);
	}

	/**
	 * @throws AlreadyImportedException when a file with the same content was imported
	 * @throws org.urgentaction.system.InvalidInputException when the document breaks a
	 * rule (e.g. no title)
	 */
	@Transactional
	public UaDocument saveDraft(UaDocument draft, String contentHash, String fileName, int warnings, String actor) {
		Optional<Long> existing = files.documentFor(contentHash);
		if (existing.isPresent()) {
			throw new AlreadyImportedException(existing.get());
		}
		UaDocument saved = documents.createDraft(draft, actor);
		try {
			files.insert(contentHash, fileName, saved.id(), warnings, actor, clock.instant());
		}
		catch (DuplicateKeyException raced) {
			throw new AlreadyImportedException(null);
		}
		audit.record(actor, "DOCUMENT_IMPORTED", "ua_document", saved.id(), fileName);
		imported.increment();
		return saved;
	}

	/**
	 * Saves a document of an archive as a draft: placed in its case after the document it
	 * names (see {@link CasePlacement}), its language and AI Index remembered, and its
	 * case closed with the outcome when it is the closing notice. A translation of a
	 * document stored before (same AI Index, another language) joins that document as a
	 * draft translation, with a warning, and closes nothing.
	 * @throws AlreadyImportedException when a file with the same content was imported
	 * @throws org.urgentaction.system.InvalidInputException when the document breaks a
	 * rule (e.g. no UA number)
	 */
	@Transactional
	public Saved saveImported(ImportedDocument imported, String fileName, String actor) {
		Optional<Long> existing = files.documentFor(imported.contentHash());
		if (existing.isPresent()) {
			throw new AlreadyImportedException(existing.get());
		}
		Optional<Saved> translation = saveTranslation(imported, fileName, actor);
		if (translation.isPresent()) {
			return translation.get();
		}
		UaDocument draft = imported.document();
		List<ImportWarning> warnings = new ArrayList<>();
		boolean placed = true;
		CasePlacement.Place place = placement.place(draft, imported.follows(), actor);
		draft = CasePlacement.moved(draft, place.sequence());
		if (!place.placed()) {
			warnings.add(place.problem());
			placed = false;
		}
		UaDocument saved = documents.createDraft(draft, actor);
		rememberLanguage(saved, imported.language(), actor);
		try {
			files.insert(imported.contentHash(), fileName, saved.id(), imported.warnings().size() + warnings.size(),
					actor, clock.instant(), imported.language(), draft.aiIndex());
		}
		catch (DuplicateKeyException raced) {
			throw new AlreadyImportedException(null);
		}
		audit.record(actor, "DOCUMENT_IMPORTED", "ua_document", saved.id(), fileName);
		this.imported.increment();
		if (saved.kind() == DocumentKind.FINAL && saved.outcome() != null) {
			documents.closeCase(saved.caseId(), saved.outcome(), actor);
		}
		return new Saved(saved, warnings, placed);
	}

	/**
	 * Saves an imported document as a draft translation of the document with the same AI
	 * Index in another language (see {@link ImportedTranslation}), when there is one: no
	 * new document, nothing placed or closed.
	 * @throws AlreadyImportedException when a file with the same content was imported
	 */
	@Transactional
	public Optional<Saved> saveTranslation(ImportedDocument imported, String fileName, String actor) {
		return saveTranslation(imported.document(), imported.language(), imported.contentHash(),
				imported.warnings().size(), fileName, actor);
	}

	/**
	 * The same for a document read from a file in {@code language} (as the review page
	 * sends it back).
	 */
	@Transactional
	public Optional<Saved> saveTranslation(UaDocument draft, String language, String contentHash, int warnings,
			String fileName, String actor) {
		Optional<UaDocument> original = translations.translatedBy(draft.aiIndex(), language);
		if (original.isEmpty()) {
			return Optional.empty();
		}
		Optional<Long> existing = files.documentFor(contentHash);
		if (existing.isPresent()) {
			throw new AlreadyImportedException(existing.get());
		}
		UaDocument document = original.get();
		translations.save(document.id(), language, ImportedTranslation.of(document, draft), actor);
		try {
			files.insert(contentHash, fileName, document.id(), warnings + 1, actor, clock.instant(), language,
					draft.aiIndex());
		}
		catch (DuplicateKeyException raced) {
			throw new AlreadyImportedException(null);
		}
		audit.record(actor, "TRANSLATION_IMPORTED", "ua_document", document.id(), language + ": " + fileName);
		this.imported.increment();
		return Optional.of(new Saved(document,
				List.of(new ImportWarning("language", "translationOf", String.valueOf(document.id()), language)),
				true));
	}

	private void rememberLanguage(UaDocument saved, String language, String actor) {
		if (language != null && !"en".equals(language)) {
			translations.setOriginalLanguage(saved.id(), language, actor);
		}
	}

	/**
	 * An imported draft, the warnings saving it added, and whether it found its place in
	 * its case.
	 */
	public record Saved(UaDocument document, List<ImportWarning> warnings, boolean placed) {

		public Saved {
			warnings = List.copyOf(warnings);
		}

	}

}
