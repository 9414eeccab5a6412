package org.urgentaction.letter;

import java.util.ArrayList;
import java.util.List;

/**
 * The composer form of the public page: the target ("all" for every target), the sender,
 * the text, the paper and whether the PDF is for print or fax.
 */
record LetterForm(String target, String senderName, String senderAddress, String senderCity, String senderCountry,
		String text, String paper, String format) {

	boolean allTargets() {
		return target == null || target.isBlank() || "all".equals(target);
	}

	boolean fax() {
		return "fax".equals(format);
	}

	LetterXhtml.Style style() {
		return fax() ? LetterXhtml.Style.FAX : LetterXhtml.Style.PRINT;
	}

	LetterRequest toRequest() {
		List<String> lines = new ArrayList<>();
		if (senderAddress != null) {
			senderAddress.lines().forEach(lines::add);
		}
		lines.add(senderCity);
		lines.add(senderCountry);
		List<String> kept = lines.stream().filter((line) -> line != null && !line.isBlank()).toList();
		return new LetterRequest(targetId(), senderName, kept, text, "LETTER".equals(paper) ? Paper.LETTER : Paper.A4,
				null);
	}

	/** The target's id, or {@code -1} for a value that is not one (an unknown target). */
	Long targetId() {
		if (allTargets()) {
			return null;
		}
		try {
			return Long.valueOf(target.strip());
		}
		catch (NumberFormatException ex) {
			return -1L;
		}
	}

}
