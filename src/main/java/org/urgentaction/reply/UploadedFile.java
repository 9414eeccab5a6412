package org.urgentaction.reply;

/**
 * A file sent with a reply, as it came; its kind is recognised from its first bytes.
 */
record UploadedFile(String fileName, byte[] bytes) {

	boolean isEmpty() {
		return bytes == null || bytes.length == 0;
	}

}
