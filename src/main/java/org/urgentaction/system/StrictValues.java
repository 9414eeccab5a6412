package org.urgentaction.system;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Which JSON values {@link StrictJson} refuses as invalid (422) rather than malformed
 * (400): text with NUL characters or unpaired surrogates, and numbers given as text or
 * with a fraction where an integer belongs.
 */
final class StrictValues {

	private StrictValues() {
	}

	/** The message key of the refusal, or {@code null} for any other error. */
	static String refusal(JacksonException exception) {
		if (!(exception instanceof InvalidFormatException format)) {
			return null;
		}
		Class<?> target = format.getTargetType();
		Object value = format.getValue();
		if (target == String.class) {
			return (value instanceof String) ? "validation.text" : "validation.type";
		}
		boolean integer = target == int.class || target == long.class || target == short.class
				|| target == Integer.class || target == Long.class || target == Short.class;
		if (integer && (value instanceof Number || (value instanceof String text
				&& text.strip().matches("[-+]?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?")))) {
			return "validation.integer";
		}
		return null;
	}

}
