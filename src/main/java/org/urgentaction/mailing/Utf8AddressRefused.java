package org.urgentaction.mailing;

/**
 * An address with characters beyond ASCII, for a server that does not offer SMTPUTF8 (RFC
 * 6531): the message cannot go out through it, and nothing was sent. It says nothing
 * about the address, which is not marked as bouncing.
 */
class Utf8AddressRefused extends SmtpException {

	static final String REASON = "The mail server does not offer SMTPUTF8, which an address with characters "
			+ "beyond ASCII needs";

	Utf8AddressRefused() {
		super(553, REASON);
	}

}
