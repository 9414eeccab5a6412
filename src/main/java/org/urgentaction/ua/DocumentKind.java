package org.urgentaction.ua;

/**
 * Place of a document in its case: the first UA, an update, or the closing document.
 */
public enum DocumentKind {

	INITIAL, FOLLOW_UP, FINAL

}
