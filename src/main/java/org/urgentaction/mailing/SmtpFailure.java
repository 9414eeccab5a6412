package org.urgentaction.mailing;

import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * The SMTP reply code behind a failure: 4xx is temporary, 5xx permanent, 0 means the
 * server was not reached, the connection broke or no reply came (reported as -1 by the
 * transport).
 */
final class SmtpFailure {

	private SmtpFailure() {
	}

	static int code(Exception failure) {
		Exception current = failure;
		while (current != null) {
			if (current instanceof SMTPAddressFailedException address) {
				return Math.max(0, address.getReturnCode());
			}
			if (current instanceof SMTPSendFailedException send) {
				return Math.max(0, send.getReturnCode());
			}
			current = (current instanceof MessagingException messaging) ? messaging.getNextException() : null;
		}
		return 0;
	}

	static boolean permanent(int code) {
		return code >= 500 && code < 600;
	}

	static String describe(Exception failure) {
		int code = code(failure);
		String message = String.valueOf(failure.getMessage()).strip();
		return (code == 0) ? message : code + " " + message;
	}

}
