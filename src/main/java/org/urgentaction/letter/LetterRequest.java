package org.urgentaction.letter;

import java.util.List;

/**
 * What an activist or an integration asks for: a letter to one target (or to every target
 * when {@code targetId} is {@code null} on the page form), from a sender, in a paper size
 * and a language for the date. {@code text} defaults to the sample letter.
 */
public record LetterRequest(Long targetId, String senderName, List<String> senderAddressLines, String text, Paper paper,
		String language) {

	public LetterRequest {
		senderAddressLines = (senderAddressLines == null) ? List.of() : senderAddressLines;
	}

}
