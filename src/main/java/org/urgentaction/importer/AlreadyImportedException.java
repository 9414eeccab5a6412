package org.urgentaction.importer;

/**
 * The file was imported before; {@code documentId} is the draft it became (null when
 * another node stored it at the same moment).
 */
public class AlreadyImportedException extends RuntimeException {

	private final Long documentId;

	public AlreadyImportedException(Long documentId) {
		super("Already imported as document " + documentId);
		this.documentId = documentId;
	}

	public Long documentId() {
		return documentId;
	}

}
