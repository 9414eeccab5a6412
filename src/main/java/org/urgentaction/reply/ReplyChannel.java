package org.urgentaction.reply;

/**
 * How a reply came: a letter, an email, a fax, a call, a statement in the media, or
 * otherwise.
 */
public enum ReplyChannel {

	LETTER, EMAIL, FAX, PHONE, MEDIA, OTHER

}
