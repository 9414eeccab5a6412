package org.urgentaction.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.urgentaction.importer.extract.UnsupportedFormatException;
import org.urgentaction.importer.parse.ImportWarning;
import org.urgentaction.system.AppProperties;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;
import org.urgentaction.ua.UaDocument;

/**
 * Imports many files at once (a folder, a {@code .zip}, or the files of an upload) as
 * drafts, each in its own transaction, and reports for each file whether it was imported,
 * imported with warnings, imported before, or failed and why. One bad file never stops
 * the others.
 */
@Service
public class BulkImporter {

	private final DocumentReader reader;

	private final ImportService imports;

	private final MessageSource messages;

	private final long maxFileSize;

	BulkImporter(DocumentReader reader, ImportService imports, MessageSource messages, AppProperties properties) {
		this.reader = reader;
		this.imports = imports;
		this.messages = messages;
		this.maxFileSize = properties.imports().maxFileSize().toBytes();
	}

	public long maxFileSize() {
		return maxFileSize;
	}

	/**
	 * Imports a folder or {@code .zip}: every file is read first, then the documents of
	 * each case are saved in the order of their dates (an archive holds them in any
	 * order), so that updates follow the documents they name and closing notices close
	 * their case.
	 */
	public BulkReport importPath(Path path, String actor, Locale locale) throws IOException {
		BulkReport report = new BulkReport();
		ArchiveBatch batch = new ArchiveBatch();
		new SourceFiles(maxFileSize).forEach(path, (file) -> read(file, locale, batch));
		batch.inCaseOrder((pending) -> batch.done(pending.position(), save(pending, actor, locale, report)));
		batch.results().forEach(report::add);
		return report;
	}

	public void importZip(String name, InputStream zip, String actor, Locale locale, BulkReport report)
			throws IOException {
		ArchiveBatch batch = new ArchiveBatch();
		new SourceFiles(maxFileSize).forEachInZip(name + "!/", zip, (file) -> read(file, locale, batch));
		batch.inCaseOrder((pending) -> batch.done(pending.position(), save(pending, actor, locale, report)));
		batch.results().forEach(report::add);
	}

	private void read(SourceFile file, Locale locale, ArchiveBatch batch) {
		if (file.problem() != null) {
			batch.done(batch.next(), failed(file.name(), message("importer.unreadable." + file.problem(), locale)));
			return;
		}
		try {
			batch.add(file.name(), reader.read(file.name(), file.content()).withoutText());
		}
		catch (UnsupportedFormatException ex) {
			batch.done(batch.next(), failed(file.name(), message("importer.unsupported", locale, file.name())));
		}
		catch (ImportFailedException ex) {
			batch.done(batch.next(), failed(file.name(), message(ex.messageKey(), locale)));
		}
	}

	private BulkResult save(ArchiveBatch.Pending pending, String actor, Locale locale, BulkReport report) {
		ImportedDocument imported = pending.document();
		report.found(imported.document());
		String name = pending.fileName();
		try {
			ImportService.Saved saved = imports.saveImported(imported, name, actor);
			List<String> warnings = new java.util.ArrayList<>();
			imported.warnings().forEach((w) -> warnings.add(warning(w, locale)));
			saved.warnings().forEach((w) -> warnings.add(warning(w, locale)));
			if (!saved.placed()) {
				report.unplaced(name, warning(saved.warnings().get(saved.warnings().size() - 1), locale));
			}
			return new BulkResult(name,
					warnings.isEmpty() ? BulkResult.Outcome.IMPORTED : BulkResult.Outcome.IMPORTED_WITH_WARNINGS,
					saved.document().id(), warnings);
		}
		catch (AlreadyImportedException ex) {
			return new BulkResult(name, BulkResult.Outcome.ALREADY_IMPORTED, ex.documentId(), List.of());
		}
		catch (InvalidInputException ex) {
			List<String> reasons = ex.problems().stream().map((p) -> problem(p, locale)).toList();
			if (imported.document().uaNumber() == null) {
				report.unplaced(name, String.join("; ", reasons));
			}
			return new BulkResult(name, BulkResult.Outcome.FAILED, null,
					List.of(message("importer.unreadable.invalid", locale, String.join("; ", reasons))));
		}
	}

	public BulkResult importFile(SourceFile file, String actor, Locale locale) {
		if (file.problem() != null) {
			return failed(file.name(), message("importer.unreadable." + file.problem(), locale));
		}
		try {
			ImportedDocument imported = reader.read(file.name(), file.content());
			var earlier = imports.importedAs(imported.contentHash());
			if (earlier.isPresent()) {
				return new BulkResult(file.name(), BulkResult.Outcome.ALREADY_IMPORTED, earlier.get(), List.of());
			}
			var translation = imports.saveTranslation(imported, file.name(), actor);
			if (translation.isPresent()) {
				List<String> warnings = new java.util.ArrayList<>();
				imported.warnings().forEach((w) -> warnings.add(warning(w, locale)));
				translation.get().warnings().forEach((w) -> warnings.add(warning(w, locale)));
				return new BulkResult(file.name(), BulkResult.Outcome.IMPORTED_WITH_WARNINGS,
						translation.get().document().id(), warnings);
			}
			UaDocument saved = imports.saveDraft(imported.document(), imported.contentHash(), file.name(),
					imported.warnings().size(), actor);
			List<String> warnings = imported.warnings().stream().map((w) -> warning(w, locale)).toList();
			return new BulkResult(file.name(),
					warnings.isEmpty() ? BulkResult.Outcome.IMPORTED : BulkResult.Outcome.IMPORTED_WITH_WARNINGS,
					saved.id(), warnings);
		}
		catch (AlreadyImportedException ex) {
			return new BulkResult(file.name(), BulkResult.Outcome.ALREADY_IMPORTED, ex.documentId(), List.of());
		}
		catch (UnsupportedFormatException ex) {
			return failed(file.name(), message("importer.unsupported", locale, file.name()));
		}
		catch (ImportFailedException ex) {
			return failed(file.name(), message(ex.messageKey(), locale));
		}
		catch (InvalidInputException ex) {
			List<String> reasons = ex.problems().stream().map((p) -> problem(p, locale)).toList();
			return new BulkResult(file.name(), BulkResult.Outcome.FAILED, null,
					List.of(message("importer.unreadable.invalid", locale, String.join("; ", reasons))));
		}
	}

	private static BulkResult failed(String name, String reason) {
		return new BulkResult(name, BulkResult.Outcome.FAILED, null, List.of(reason));
	}

	private String warning(ImportWarning warning, Locale locale) {
		return warning.field() + ": "
				+ messages.getMessage(warning.messageKey(), warning.args().toArray(), warning.code(), locale);
	}

	private String problem(FieldProblem problem, Locale locale) {
		return problem.field() + ": "
				+ messages.getMessage(problem.code(), problem.args().toArray(), problem.code(), locale);
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
