package org.urgentaction.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads targets from the lines that list them: each target is a few heading lines (title,
 * name, organisation, postal address) followed by labelled contact lines ({@code Fax:},
 * {@code Email:}, {@code Phone:}, {@code Twitter:}, {@code Facebook:},
 * {@code Salutation:}). A blank line, or a heading line after a contact line, starts the
 * next target.
 */
final class ContactBlocks {

	private static final Pattern CONTACT = Pattern.compile(
			"(?iu)^(fax(?: no\\.?| number)?|e-?mail(?: address(?:es)?)?|emails|phone|tel\\.?|telephone|mobile|twitter|facebook|"
					+ "instagram|website|web|salutation|formule d['’]appel|tratamiento)\\s*:\\s*(.*)$");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+'-]+@[\\w-]+(?:\\.[\\w-]+)+");

	private static final Pattern HANDLE = Pattern.compile("(?:https?://\\S+|@[\\w.]+)");

	private ContactBlocks() {
	}

	static List<TargetDraft> read(List<String> lines, boolean copies) {
		List<TargetDraft> targets = new ArrayList<>();
		List<String> heading = new ArrayList<>();
		TargetDraft current = new TargetDraft();
		boolean inContacts = false;
		for (String line : lines) {
			Deadline.check();
			Matcher contact = CONTACT.matcher(line);
			boolean isContact = contact.matches();
			if (line.isBlank() || (!isContact && inContacts)) {
				finish(current, heading, copies, targets);
				current = new TargetDraft();
				heading = new ArrayList<>();
				inContacts = false;
				if (line.isBlank()) {
					continue;
				}
			}
			if (isContact) {
				inContacts = true;
				contact(current, contact.group(1).toLowerCase(Locale.ROOT), contact.group(2).strip());
			}
			else {
				heading.add(line.strip());
			}
		}
		finish(current, heading, copies, targets);
		return targets;
	}

	static boolean isContactLine(String line) {
		return CONTACT.matcher(line).matches();
	}

	private static void finish(TargetDraft target, List<String> heading, boolean copies, List<TargetDraft> targets) {
		TargetHeading.read(heading, target);
		target.copy = copies;
		if (!target.isEmpty()) {
			targets.add(target);
		}
	}

	private static void contact(TargetDraft target, String label, String value) {
		if (value.isEmpty()) {
			return;
		}
		if (label.startsWith("fax")) {
			target.faxes.addAll(UaText.split(value, "\\s*(?:;|/| or )\\s*"));
		}
		else if (label.startsWith("e")) {
			Matcher emails = EMAIL.matcher(value);
			while (emails.find()) {
				target.emails.add(emails.group());
			}
		}
		else if (label.startsWith("phone") || label.startsWith("tel") || label.startsWith("mobile")) {
			target.phones.addAll(UaText.split(value, "\\s*(?:;|/| or )\\s*"));
		}
		else if (label.equals("twitter") || label.equals("facebook")) {
			List<String> handles = new ArrayList<>();
			Matcher handle = HANDLE.matcher(value);
			while (handle.find()) {
				handles.add(handle.group());
			}
			if (handles.isEmpty()) {
				handles.add(value);
			}
			(label.equals("twitter") ? target.twitter : target.facebook).addAll(handles);
		}
		else if (label.equals("salutation") || label.startsWith("formule") || label.equals("tratamiento")) {
			target.salutation = Salutations.clean(value);
		}
	}

}
