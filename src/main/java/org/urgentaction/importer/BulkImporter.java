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

	public BulkReport importPath(Path path, String actor, Locale locale) throws IOException {
		BulkReport report = new BulkReport();
		new SourceFiles(maxFileSize).forEach(path, (file) -> report.add(importFile(file, actor, locale)));
		return report;
	}

	public void importZip(String name, InputStream zip, String actor, Locale locale, BulkReport report)
			throws IOException {
		new SourceFiles(maxFileSize).forEachInZip(name + "!/", zip,
				(file) -> report.add(importFile(file, actor, locale)));
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
