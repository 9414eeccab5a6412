package org.urgentaction.importer.parse;

import java.util.ArrayList;
import java.util.List;

import org.urgentaction.ua.Target;

/**
 * A target while it is being read from a contact block.
 */
final class TargetDraft {

	String title;

	String name;

	String organisation;

	final List<String> addressLines = new ArrayList<>();

	String country;

	final List<String> emails = new ArrayList<>();

	final List<String> faxes = new ArrayList<>();

	final List<String> phones = new ArrayList<>();

	final List<String> twitter = new ArrayList<>();

	final List<String> facebook = new ArrayList<>();

	String salutation;

	boolean copy;

	boolean isEmpty() {
		return title == null && name == null && organisation == null && addressLines.isEmpty() && emails.isEmpty()
				&& faxes.isEmpty() && phones.isEmpty();
	}

	Target toTarget() {
		return new Target(null, title, name, organisation, addressLines, country, emails, faxes, phones, twitter,
				facebook, salutation, copy);
	}

}
