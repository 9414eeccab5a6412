package org.urgentaction.section;

import java.util.List;

/**
 * A national section: the countries of the activists it serves (ISO 3166-1 alpha-2), its
 * languages, the office activists contact and the sender of its mails.
 */
public record Section(String code, String name, List<String> countries, List<String> languages, Office office,
		Sender sender) {

	public Section {
		countries = List.copyOf(countries == null ? List.of() : countries);
		languages = List.copyOf(languages == null ? List.of() : languages);
		office = (office == null) ? new Office(null, null, null, null, null) : office;
		sender = (sender == null) ? new Sender(null, null) : sender;
	}

	public record Office(String name, List<String> addressLines, String email, String url, String phone) {

		public Office {
			addressLines = List.copyOf(addressLines == null ? List.of() : addressLines);
		}

	}

	/** The sender name and postal address that bulk-mail rules ask of each mail. */
	public record Sender(String name, String postalAddress) {
	}

}
