package org.urgentaction.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Targets of the archive's {@code APPEALS TO:} and {@code COPIES TO:} blocks: heading
 * lines (title, name, organisation, address), then {@code Telegrams:}, {@code Telexes:},
 * {@code Faxes:} and {@code Salutation:} (or {@code Formule d'appel :},
 * {@code Tratamiento:}). A value broken onto the next line continues there; the note
 * about diplomatic representatives ends the block. Telegram and telex addresses are not
 * kept.
 */
final class ArchiveTargets {

	private static final Pattern CONTACT = Pattern
		.compile("(?iu)^(telegrams?|t[ée]l[ée]grammes?|telegramas?|telex(?:es)?"
				+ "|t[ée]lex|faxes|fax(?: no\\.?)?|t[ée]l[ée]copie|e-?mail|courriel|correo electr[óo]nico|phone|tel\\.?"
				+ "|t[ée]l[ée]phone|tel[ée]fono|salutation|formule d'appel|formule de politesse|tratamiento)\\s*:\\s*(.*)$");

	private static final Pattern DIPLOMATIC = Pattern.compile(
			"(?iu)^(?:and |et |y )?(?:to |aux |a )?(?:the |los |las )?(?:diplomatic|repr[ée]sentants?|representantes?)\\b");

	private static final Pattern CONTINUES = Pattern.compile("^[/\\p{Ll}\\d+(].*");

	private ArchiveTargets() {
	}

	static List<TargetDraft> read(List<String> lines, boolean copies) {
		List<TargetDraft> targets = new ArrayList<>();
		List<String> heading = new ArrayList<>();
		List<String[]> contacts = new ArrayList<>();
		for (String line : lines) {
			Deadline.check();
			if (DIPLOMATIC.matcher(line).find()) {
				break;
			}
			Matcher contact = CONTACT.matcher(line);
			boolean continues = !contacts.isEmpty() && !line.isBlank() && !contact.matches()
					&& (CONTINUES.matcher(line).matches()
							|| contacts.get(contacts.size() - 1)[1].matches(".*[,/\\-]$"));
			if (continues) {
				String[] last = contacts.get(contacts.size() - 1);
				last[1] = (last[1] + " " + line.strip()).strip();
				continue;
			}
			if (line.isBlank() || (!contact.matches() && !contacts.isEmpty())) {
				finish(heading, contacts, copies, targets);
				heading = new ArrayList<>();
				contacts = new ArrayList<>();
				if (line.isBlank()) {
					continue;
				}
			}
			if (contact.matches()) {
				contacts.add(new String[] { contact.group(1).toLowerCase(Locale.ROOT), contact.group(2).strip() });
			}
			else {
				heading.add(line.strip());
			}
		}
		finish(heading, contacts, copies, targets);
		return targets;
	}

	private static void finish(List<String> heading, List<String[]> contacts, boolean copies,
			List<TargetDraft> targets) {
		TargetDraft target = new TargetDraft();
		TargetHeading.read(heading, target);
		for (String[] contact : contacts) {
			contact(target, contact[0], contact[1]);
		}
		target.copy = copies;
		if (!target.isEmpty()) {
			targets.add(target);
		}
	}

	private static void contact(TargetDraft target, String label, String value) {
		if (value.isEmpty()) {
			return;
		}
		if (label.startsWith("fax") || label.contains("copie")) {
			target.faxes.addAll(UaText.split(value, "\\s*(?:;| or | ou | o )\\s*"));
		}
		else if (label.startsWith("s") || label.startsWith("formule") || label.startsWith("trat")) {
			target.salutation = Salutations.clean(value);
		}
		else if (label.startsWith("e") || label.startsWith("cour") || label.startsWith("corr")) {
			target.emails.addAll(UaText.split(value, "\\s*[,;]\\s*"));
		}
		else if (label.startsWith("ph") || label.startsWith("tel.") || label.equals("tel")
				|| label.matches("t[ée]l[ée](phone|fono)")) {
			target.phones.addAll(UaText.split(value, "\\s*(?:;| or | ou | o )\\s*"));
		}
	}

}
