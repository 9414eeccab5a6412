package org.urgentaction.importer;

import java.time.Clock;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urgentaction.audit.AuditLog;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

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

	ImportService(UaService documents, ImportedFiles files, AuditLog audit, Clock clock, MeterRegistry meters) {
		this.documents = documents;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
		this.imported = Counter.builder("ua.imports").description("Documents imported as drafts").register(meters);
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

}
