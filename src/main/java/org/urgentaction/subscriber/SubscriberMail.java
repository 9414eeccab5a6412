package org.urgentaction.subscriber;

/**
 * The mails the subscriber feature asks the mailing feature to send.
 */
public enum SubscriberMail {

	/** The double opt-in link; nothing else goes to a pending address. */
	CONFIRM,

	/**
	 * To an address that subscribes again: a link to its preferences, nothing changed.
	 */
	ALREADY_SUBSCRIBED,

	/** A short-lived link to download or delete one's data. */
	DATA_LINK

}
