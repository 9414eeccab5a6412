package org.urgentaction.reply;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An official's reply to the appeals of a case, logged against one of its documents.
 * {@code from} names who replied (a target or another official); {@code attachment} is
 * null when no file came with it.
 */
public record Reply(long id, long caseId, long documentId, LocalDate receivedOn, Long targetId, String from,
		ReplyChannel channel, String summary, boolean isPublic, ReplyStatus status, boolean fromActivist,
		Attachment attachment, Instant createdAt) {

	/** What is known of the attached file without loading it. */
	public record Attachment(String fileName, String contentType, long size) {
	}

	/** Whether anyone may see it: accepted and public. */
	public boolean shownPublicly() {
		return isPublic && status == ReplyStatus.ACCEPTED;
	}

}
