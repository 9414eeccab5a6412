package org.urgentaction.ua;

import java.util.Map;

/**
 * A part that another feature adds to the public page of a document ("Take action", the
 * action counter, the subscription box) without this module knowing it. The page renders
 * {@code template()} (a Thymeleaf fragment such as
 * {@code "letter/take-action :: section"}) in the named slot with the document as
 * {@code doc} and the map from {@link #model} as {@code m}.
 */
public interface UaPageSection {

	/** Slots of the page, from top to bottom. */
	String SLOT_ACT = "act";

	String SLOT_REPORT = "report";

	String SLOT_FOLLOW = "follow";

	String slot();

	/** Sections of one slot are shown in ascending order. */
	default int order() {
		return 0;
	}

	String template();

	/**
	 * What the fragment needs; an empty map hides the section.
	 */
	Map<String, Object> model(UaDocument document);

	/**
	 * What the fragment needs when the document's text is shown in {@code textLanguage}
	 * (a language tag: the original's or a translation's).
	 */
	default Map<String, Object> model(UaDocument document, String textLanguage) {
		return model(document);
	}

}
