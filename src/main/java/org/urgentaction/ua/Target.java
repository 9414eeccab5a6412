package org.urgentaction.ua;

import java.util.List;

/**
 * An official to write to, or one who receives a copy ({@code copy}). The id stays the
 * same when the document is edited, so that letters and reports can refer to it.
 */
public record Target(Long id, String title, String name, String organisation, List<String> addressLines, String country,
		List<String> emails, List<String> faxes, List<String> phones, List<String> twitter, List<String> facebook,
		String salutation, boolean copy) {

	public Target {
		addressLines = List.copyOf(addressLines == null ? List.of() : addressLines);
		emails = List.copyOf(emails == null ? List.of() : emails);
		faxes = List.copyOf(faxes == null ? List.of() : faxes);
		phones = List.copyOf(phones == null ? List.of() : phones);
		twitter = List.copyOf(twitter == null ? List.of() : twitter);
		facebook = List.copyOf(facebook == null ? List.of() : facebook);
	}

	public Target withId(Long newId) {
		return new Target(newId, title, name, organisation, addressLines, country, emails, faxes, phones, twitter,
				facebook, salutation, copy);
	}

	/**
	 * The greeting to open a letter with; the document's own salutation when it has one.
	 */
	public String greeting() {
		if (salutation != null && !salutation.isBlank()) {
			return salutation.strip();
		}
		return (title == null || title.isBlank()) ? "Dear Sir or Madam" : "Dear " + title.strip();
	}

}
