package org.urgentaction.ua;

/**
 * A person at risk, as named in the document, with the pronouns the document gives.
 */
public record Person(String name, String pronouns) {

	/**
	 * The person as the sample documents write them: {@code Serikzhan Bilash (he/him)}.
	 */
	public String display() {
		return (pronouns == null || pronouns.isBlank()) ? name : name + " (" + pronouns + ")";
	}

}
