package org.urgentaction.importer;

import java.util.List;

import org.urgentaction.importer.parse.ImportWarning;
import org.urgentaction.ua.UaDocument;

/**
 * A file read into a draft document: its extracted text (shown beside the fields on the
 * review page), the fields, what to check, and the SHA-256 of the file's bytes that keeps
 * a file from being imported twice.
 */
public record ImportedDocument(String fileName, String format, String layout, String text, UaDocument document,
		List<ImportWarning> warnings, String contentHash) {

	public ImportedDocument {
		warnings = List.copyOf(warnings);
	}

}
