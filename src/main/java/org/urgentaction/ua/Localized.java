package org.urgentaction.ua;

import java.util.List;

/**
 * A document as a reader in one language gets it: translated when a published translation
 * in that language exists, else the original. {@code language} is the language of the
 * text, {@code original} the document's own, {@code languages} the original and every
 * published translation.
 */
public record Localized(UaDocument document, String language, String original, List<String> languages) {

	public Localized {
		languages = List.copyOf(languages);
	}

	public boolean translated() {
		return language != null && !language.equals(original);
	}

	/**
	 * Whether the reader asked for {@code requested} and gets the original instead.
	 */
	public boolean fellBackFrom(String requested) {
		return requested != null && !requested.equals(language);
	}

}
