package org.urgentaction.reply;

/**
 * Replies logged by staff are {@code ACCEPTED}; those submitted by activists wait as
 * {@code PENDING} until a coordinator accepts or rejects them.
 */
public enum ReplyStatus {

	ACCEPTED, PENDING, REJECTED

}
