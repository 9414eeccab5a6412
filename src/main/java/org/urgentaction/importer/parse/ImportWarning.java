package org.urgentaction.importer.parse;

import java.util.List;

/**
 * Something a coordinator should check before saving: a field that was not found, or a
 * value the importer guessed. {@code field} uses the JSON API's names
 * ({@code targets[1].country}); {@code code} names the message
 * {@code importer.warning.<code>} whose arguments are {@code args}.
 */
public record ImportWarning(String field, String code, List<Object> args) {

	public ImportWarning(String field, String code, Object... args) {
		this(field, code, List.of(args));
	}

	public String messageKey() {
		return "importer.warning." + code;
	}

	/**
	 * The top-level field the warning is about: {@code targets} for
	 * {@code targets[1].country}.
	 */
	public String topField() {
		int end = field.length();
		for (int i = 0; i < field.length(); i++) {
			if (field.charAt(i) == '[' || field.charAt(i) == '.') {
				end = i;
				break;
			}
		}
		return field.substring(0, end);
	}

}
