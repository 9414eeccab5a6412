package org.urgentaction.importer.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of the archive's layouts in the document's language (FORMATS.md layout 8):
 * labels such as {@code APPEALS TO:} / {@code APPELS À :} / {@code LLAMAMIENTOS A:}, the
 * words that mark an update or a closing notice, ordinals, gender markers ({@code (m)} is
 * a man in English and a woman in Spanish) and a composed letter's first and last lines.
 */
enum Vocabulary {

	ENGLISH("en", "(?:further information on|follow[- ]?up (?:on|to)|update (?:on|to))", "recommended action",
			"appeals? to", "copies to", "please send appeals",
			"(?:no further (?:action|appeals)[^.]{0,70}?(?:is|are) (?:requested|needed|required)"
					+ "|thanks? (?:you )?to (?:all|everyone) who (?:sent|wrote)|stop action|final update)",
			List.of(), "Dear Sir or Madam", "Yours sincerely,"),

	FRENCH("fr", "(?:informations? compl[ée]mentaires? sur|mise à jour (?:de|sur))", "action recommand[ée]e",
			"appels? [àa]", "copies [àa]", "envoyez vos appels",
			"(?:aucune (?:autre )?action compl[ée]mentaire n'est (?:requise|n[ée]cessaire)"
					+ "|merci à (?:tous|toutes) (?:ceux|celles|les personnes) qui)",
			List.of("premi[èe]re", "deuxi[èe]me", "troisi[èe]me", "quatri[èe]me", "cinqui[èe]me"), "Madame, Monsieur",
			"Cordialement,"),

	SPANISH("es", "(?:m[áa]s informaci[óo]n sobre|informaci[óo]n complementaria sobre|actualizaci[óo]n de)",
			"acci[óo]n recomendada", "llamamientos a", "copias a", "env[íi]en llamamientos",
			"(?:no se requiere (?:ninguna )?(?:otra|m[áa]s) acci[óo]n|no es necesario (?:realizar|emprender) m[áa]s"
					+ "|muchas gracias a (?:todas las personas|todos|todas) (?:que|quienes))",
			List.of("primera?", "segunda?", "tercera?", "cuarta?", "quinta?"), "Señor, Señora", "Atentamente,");

	private static final Pattern FRENCH_MARKERS = Pattern.compile(
			"(?iu)(action urgente|index ai|\\bl['’]au\\b|appels? [àa] ?:|informations? compl[ée]mentaires|formule d['’]appel"
					+ "|compl[ée]ment d['’]information)");

	private static final Pattern SPANISH_MARKERS = Pattern
		.compile("(?iu)(acci[óo]n urgente|[íi]ndice ai|llamamientos|tratamiento ?:|m[áa]s informaci[óo]n sobre"
				+ "|informaci[óo]n adicional)");

	final String code;

	final Pattern update;

	final Pattern recommended;

	final Pattern appealsTo;

	final Pattern copiesTo;

	final Pattern pleaseSend;

	final Pattern closing;

	final List<Pattern> ordinals;

	final String opening;

	final String signOff;

	Vocabulary(String code, String update, String recommended, String appealsTo, String copiesTo, String pleaseSend,
			String closing, List<String> ordinals, String opening, String signOff) {
		this.code = code;
		this.update = Pattern.compile("(?iu)\\b" + update + "\\b");
		this.recommended = Pattern.compile("(?iu)^" + recommended + "\\b");
		this.appealsTo = Pattern.compile("(?iu)^" + appealsTo + "\\s*:?");
		this.copiesTo = Pattern.compile("(?iu)^" + copiesTo + "\\s*:?\\s*(.*)$");
		this.pleaseSend = Pattern.compile("(?iu)^" + pleaseSend + "\\b");
		this.closing = Pattern.compile("(?iu)" + closing);
		this.ordinals = ordinals.stream().map((word) -> Pattern.compile("(?iu)\\b" + word + "\\b")).toList();
		this.opening = opening;
		this.signOff = signOff;
	}

	/** The language of a document, by the markers of FORMATS.md layout 8. */
	static Vocabulary of(UaText text) {
		int french = 0;
		int spanish = 0;
		for (String line : text.lines()) {
			Deadline.check();
			french += FRENCH_MARKERS.matcher(line).find() ? 1 : 0;
			spanish += SPANISH_MARKERS.matcher(line).find() ? 1 : 0;
		}
		if (french >= 2 && french > spanish) {
			return FRENCH;
		}
		return (spanish >= 2) ? SPANISH : ENGLISH;
	}

	/** Whether any of the three languages says the case is closed. */
	static boolean saysClosed(String text) {
		for (Vocabulary vocabulary : values()) {
			if (vocabulary.closing.matcher(text).find()) {
				return true;
			}
		}
		return false;
	}

	/** The sequence an ordinal before the UA number states ({@code Cuarta AU}), or 0. */
	int ordinal(String words) {
		for (int i = 0; i < ordinals.size(); i++) {
			if (ordinals.get(i).matcher(words).find()) {
				return i + 1;
			}
		}
		return 0;
	}

	/**
	 * Pronouns for a gender marker: {@code m} is a man in English, a woman in Spanish.
	 */
	String pronouns(String marker) {
		String lower = marker.toLowerCase(java.util.Locale.ROOT);
		return switch (lower) {
			case "f", "female", "femme", "mujer", "woman" -> "she/her";
			case "h", "male", "homme", "hombre", "man" -> "he/him";
			case "m" -> (this == SPANISH) ? "she/her" : "he/him";
			default -> null;
		};
	}

}
