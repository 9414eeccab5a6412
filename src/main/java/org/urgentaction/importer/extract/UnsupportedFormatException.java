package org.urgentaction.importer.extract;

/**
 * A file that is none of the formats the importer reads (text, Word or PDF).
 */
public class UnsupportedFormatException extends RuntimeException {

	private final String fileName;

	public UnsupportedFormatException(String fileName) {
		super("Unsupported format: " + fileName);
		this.fileName = fileName;
	}

	public String fileName() {
		return fileName;
	}

}
