package org.urgentaction.action;

import java.util.Arrays;
import java.util.Optional;

/**
 * How an activist acted.
 */
public enum Channel {

	LETTER, EMAIL, FAX, PHONE, SOCIAL, OTHER;

	static Optional<Channel> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String name = value.strip().toUpperCase(java.util.Locale.ROOT);
		return Arrays.stream(values()).filter((channel) -> channel.name().equals(name)).findFirst();
	}

}
