package org.urgentaction.mailing;

import java.time.Instant;

/**
 * One mailing with its progress: how many messages are waiting, sent and failed.
 */
record Mailing(long id, MailingKind kind, Long documentId, Long caseId, String status, Instant createdAt,
		Instant stoppedAt, String stoppedBy, Progress progress) {

	/**
	 * {@code unconfirmed}: the end of data went out but no reply came; the server may
	 * have the message, which is not sent again. {@code bounced}: sent, but a bounce came
	 * back later.
	 */
	record Progress(long queued, long sending, long sent, long unconfirmed, long failed, long cancelled, long bounced) {

		public long total() {
			return queued + sending + sent + unconfirmed + failed + cancelled;
		}

		/**
		 * Bounces per message handed to the server, in percent (one decimal).
		 */
		public String bounceRate() {
			long handed = sent + unconfirmed;
			return (handed == 0) ? "-" : String.format(java.util.Locale.ROOT, "%.1f %%", 100.0 * bounced / handed);
		}

		public boolean finished() {
			return queued == 0 && sending == 0;
		}

	}

	public boolean stoppable() {
		return !"STOPPED".equals(status) && !(status.equals("SENDING") && progress.finished());
	}

	public String state() {
		if ("SENDING".equals(status) && progress.finished()) {
			return "DONE";
		}
		return status;
	}

}
