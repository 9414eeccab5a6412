package org.urgentaction.mailing;

import java.io.IOException;
import java.io.OutputStream;

/** A message in SMTP transmission form. */
interface OutgoingMessage {

	/** The envelope sender address, e.g. ua@localhost (no angle brackets). */
	String from();

	/** The envelope recipient address. */
	String to();

	/**
	 * Writes the message data: CRLF line ends, dot-stuffed (a line starting with "." has
	 * it doubled), ending with CRLF; without the final ".".
	 */
	void writeTo(OutputStream out) throws IOException;

}
