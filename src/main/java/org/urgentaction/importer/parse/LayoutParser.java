package org.urgentaction.importer.parse;

/**
 * Reads one of the layouts UAs have had over the years (see FORMATS.md). A new layout is
 * a new implementation, registered in {@link UaParser}.
 */
interface LayoutParser {

	/** A short name shown to coordinators, e.g. {@code 2019}. */
	String name();

	/**
	 * How strongly the text looks like this layout: 0 when not at all; the highest score
	 * wins.
	 */
	int score(UaText text);

	/** Reads every field this layout has into {@code draft}. */
	void parse(UaText text, Draft draft);

	static int count(UaText text, java.util.regex.Pattern... patterns) {
		int found = 0;
		for (java.util.regex.Pattern pattern : patterns) {
			if (text.find(pattern) >= 0) {
				found++;
			}
		}
		return found;
	}

}
