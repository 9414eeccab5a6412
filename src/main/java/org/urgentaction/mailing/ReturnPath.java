package org.urgentaction.mailing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The envelope sender (MAIL FROM) of each mail. With {@code ua.bounces.return-path} set
 * (e.g. {@code bounces+{id}@example.org}) every mail has an address of its own (VERP), so
 * a bounce says which mail it returns by the address it is sent to, even when it quotes
 * nothing of the mail and names a recipient the mail was forwarded to; otherwise every
 * mail has the sender {@code ua.mailing.from}.
 */
@Component
class ReturnPath {

	private static final String ID = "{id}";

	// where the mailbox server puts the address a returned mail was delivered to
	private static final String[] DELIVERED_TO = { "Delivered-To", "X-Original-To", "Envelope-To", "X-Envelope-To",
			"To" };

	private final String prefix;

	private final String suffix;

	private final Pattern returned;

	@Autowired
	ReturnPath(BounceSettings bounces) {
		this(bounces.returnPath());
	}

	/**
	 * @param template an address with {@code {id}} in its local part, or empty: one
	 * sender for all
	 */
	ReturnPath(String template) {
		boolean verp = template != null && !template.isBlank();
		if (verp && (!template.contains(ID) || template.indexOf(ID) > template.lastIndexOf('@'))) {
			throw new IllegalArgumentException("ua.bounces.return-path needs {id} before the @: " + template);
		}
		this.prefix = verp ? template.strip().substring(0, template.strip().indexOf(ID)) : null;
		this.suffix = verp ? template.strip().substring(template.strip().indexOf(ID) + ID.length()) : null;
		this.returned = verp ? Pattern.compile(Pattern.quote(prefix.toLowerCase(Locale.ROOT)) + "(\\d{1,18})"
				+ Pattern.quote(suffix.toLowerCase(Locale.ROOT))) : null;
	}

	boolean perMessage() {
		return prefix != null;
	}

	/**
	 * The envelope sender of the given outbox message, or {@code fallback} without
	 * per-message addresses.
	 */
	String of(long outboxId, String fallback) {
		return perMessage() ? prefix + outboxId + suffix : fallback;
	}

	/**
	 * The outbox message a returned mail was sent back for, from the per-message address
	 * it was delivered to; null without one.
	 */
	Long outboxId(Part returnedMail) throws MessagingException {
		if (!perMessage()) {
			return null;
		}
		for (String header : DELIVERED_TO) {
			String[] values = returnedMail.getHeader(header);
			for (String value : (values == null) ? new String[0] : values) {
				Matcher matcher = returned.matcher(value.toLowerCase(Locale.ROOT));
				if (matcher.find()) {
					return Long.valueOf(matcher.group(1));
				}
			}
		}
		return null;
	}

}
