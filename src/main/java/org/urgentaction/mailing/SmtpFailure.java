package org.urgentaction.mailing;

/**
 * What the SMTP reply code behind a failure ({@link SmtpException}) means: 4xx is
 * temporary, 5xx permanent, 0 means the server was not reached, the connection broke or
 * no reply came.
 */
final class SmtpFailure {

	private SmtpFailure() {
	}

	static int code(SmtpException failure) {
		return failure.code();
	}

	static boolean permanent(int code) {
		return code >= 500 && code < 600;
	}

	static String describe(SmtpException failure) {
		int code = code(failure);
		String message = String.valueOf(failure.getMessage()).strip();
		return (code == 0) ? message : code + " " + message;
	}

}
