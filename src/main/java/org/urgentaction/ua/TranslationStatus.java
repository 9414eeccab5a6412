package org.urgentaction.ua;

/**
 * A translation is written as a draft and shown once published.
 */
public enum TranslationStatus {

	DRAFT, PUBLISHED

}
