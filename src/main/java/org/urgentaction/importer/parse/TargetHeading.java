package org.urgentaction.importer.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts the heading lines of a target into title, name, organisation and postal address:
 * an office without a person ({@code Prosecutor General}) is a title, a line with an
 * honorific or two to five capitalised words is a name, a line naming an institution is
 * the organisation, and everything from the first line with a number on is the address.
 */
final class TargetHeading {

	private static final Pattern OFFICE = Pattern.compile("(?i)\\b(president|minister|prosecutor|attorney|ambassador|"
			+ "governor|director|chief|head|secretary|commissioner|chair(?:man|woman|person)?|mayor|king|emir|prime|"
			+ "judge|justice|ombuds(?:man|person)|general|chancellor|speaker|commander|superintendent|warden|"
			+ "officer|procurator|leader|deputy|fiscal|presidente|ministro|ministra|rapporteur|ministre|procureur|pr[ée]sident"
			+ "|procurador|procuradora|gouverneur|gobernador|jefe|chef)\\b");

	private static final Pattern INSTITUTION = Pattern.compile("(?i)\\b(embassy|ministry|office|department|court|"
			+ "prison|council|government|presidency|commission|police|secretariat|administration|palace|parliament|"
			+ "agency|bureau|service|directorate|fiscal[ií]a|secretar[ií]a|ministerio|defensor[ií]a|procuradur[ií]a|"
			+ "tribunal|authority|headquarters|institute|cabinet|mission|consulate|assembly|station|cent(?:re|er)|"
			+ "house|committee|federation|republic of|comisi[oó]n|comisionado|consejo|corte|juzgado|polic[ií]a|instituto|"
			+ "oficina|direcci[oó]n|minist[èe]re|palacio|palais|association|asociaci[óo]n|pr[ée]sidence)\\b");

	/**
	 * An office of an institution:
	 * {@code Director of the Beijing Public Security Bureau}.
	 */
	private static final Pattern OFFICE_OF = Pattern.compile("(?i)^(president|minister|prosecutor|attorney|governor|"
			+ "director|chief|head|secretary|commissioner|chair(?:man|woman|person)?|mayor|speaker|commander|"
			+ "superintendent|warden|procurator|deputy)\\b[\\p{L} ]{0,30}\\bof\\b");

	/**
	 * An office followed by the name of its holder: {@code Ambassador Maria Kuznetsova}.
	 */
	private static final Pattern OFFICE_AND_NAME = Pattern.compile("^(Ambassador|President|Minister|Governor|Mayor|"
			+ "Senator|Commissioner|Prosecutor|King|Emir|Prime Minister)\\s+(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,3})$");

	private static final Pattern HONORIFIC = Pattern
		.compile("^(H\\.? ?E\\.?|His Excellency|Her Excellency|Mr\\.?|Mrs\\.?|Ms\\.?|Miss|Dr\\.?|Sr\\.?|Sra\\.?|"
				+ "Lic\\.?|Hon\\.?|Prof\\.?|Sheikh|Ayatollah|Judge|General|Gen\\.|M\\.|Mme|Excmo\\.?|Excma\\.?)\\s+\\p{Lu}");

	private static final Pattern CAPITALISED_WORDS = Pattern.compile(
			"^\\p{Lu}[\\p{L}'’.\\-]*(\\s+(\\p{Lu}[\\p{L}'’.\\-]*|(?:al|el|ad|as|bin|ibn|abu|de|da|del|la|van|von|der)"
					+ "(?:-\\p{Lu}[\\p{L}'’.\\-]*)?)){1,5}$");

	private TargetHeading() {
	}

	static boolean isOffice(String words) {
		return OFFICE.matcher(words).find() && !INSTITUTION.matcher(words).find();
	}

	static void read(List<String> lines, TargetDraft target) {
		boolean address = false;
		for (String raw : lines) {
			String line = raw.replaceAll("[,;]$", "").strip();
			if (line.isEmpty()) {
				continue;
			}
			if (!address && line.matches(".*\\d.*")) {
				address = true;
			}
			if (address || line.regionMatches(true, 0, "c/o ", 0, 4)) {
				target.addressLines.add(line);
			}
			else if (target.title == null && target.name == null && OFFICE_OF.matcher(line).find()) {
				target.title = line;
			}
			else if (target.title == null && target.name == null && OFFICE_AND_NAME.matcher(line).matches()) {
				Matcher officeAndName = OFFICE_AND_NAME.matcher(line);
				officeAndName.matches();
				target.title = officeAndName.group(1);
				target.name = officeAndName.group(2);
			}
			else if (target.name == null && HONORIFIC.matcher(line).find()) {
				target.name = line;
			}
			else if (target.organisation == null && INSTITUTION.matcher(line).find()) {
				target.organisation = line;
			}
			else if (target.title == null && target.name == null && OFFICE.matcher(line).find()) {
				target.title = line;
			}
			else if (target.name == null && target.organisation == null && CAPITALISED_WORDS.matcher(line).matches()
					&& !OFFICE.matcher(line).find()) {
				target.name = line;
			}
			else {
				address = true;
				target.addressLines.add(line);
			}
		}
		target.country = Countries.ofAddress(target.addressLines).orElse(null);
	}

}
