package org.urgentaction.importer;

/**
 * One file of a folder or an archive to import: its name (with its path inside the
 * archive) and its bytes, or why they could not be read ({@code problem}, a reason key).
 */
public record SourceFile(String name, byte[] content, String problem) {

	public static SourceFile of(String name, byte[] content) {
		return new SourceFile(name, content, null);
	}

	public static SourceFile unreadable(String name, String reason) {
		return new SourceFile(name, new byte[0], reason);
	}

}
