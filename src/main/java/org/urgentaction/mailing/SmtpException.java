package org.urgentaction.mailing;

/**
 * A failure to send a message, with the SMTP reply code behind it: 4xx is temporary, 5xx
 * permanent, 0 means the server was not reached, the connection broke or no reply came.
 */
class SmtpException extends Exception {

	private final int code;

	SmtpException(int code, String message) {
		super(message);
		this.code = code;
	}

	SmtpException(String message, Throwable cause) {
		super(message + ": " + cause.getMessage(), cause);
		this.code = 0;
	}

	/**
	 * The server refused a command with this reply.
	 */
	static SmtpException refused(SmtpReplies.Reply reply) {
		return new SmtpException(reply.code(), reply.text());
	}

	int code() {
		return code;
	}

	boolean permanent() {
		return code >= 500 && code < 600;
	}

	/**
	 * The reply code and text, as kept with a failed message.
	 */
	String describe() {
		String message = String.valueOf(getMessage()).strip();
		return (code == 0) ? message : code + " " + message;
	}

}
