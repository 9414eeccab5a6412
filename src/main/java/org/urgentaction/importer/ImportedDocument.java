package org.urgentaction.importer;

import java.util.List;

import org.urgentaction.importer.parse.ImportWarning;
import org.urgentaction.importer.parse.PreviousDocument;
import org.urgentaction.ua.UaDocument;

/**
 * A file read into a draft document: its extracted text (shown beside the fields on the
 * review page), the fields, what to check, the SHA-256 of the file's bytes that keeps a
 * file from being imported twice, the document's language and, for an update that names
 * it, the document it follows.
 */
public record ImportedDocument(String fileName, String format, String layout, String text, UaDocument document,
		List<ImportWarning> warnings, String contentHash, String language, PreviousDocument follows) {

	public ImportedDocument {
		warnings = List.copyOf(warnings);
	}

	/** The same without its text, to keep many in memory. */
	ImportedDocument withoutText() {
		return new ImportedDocument(fileName, format, layout, "", document, warnings, contentHash, language, follows);
	}

}
