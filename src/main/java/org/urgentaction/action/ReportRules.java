package org.urgentaction.action;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;

/**
 * Checks a report's fields (the same rules for the form and the API) and derives the
 * reporter's key. Whether the document may receive reports is checked when it is stored.
 */
final class ReportRules {

	static final int MAX_NOTE = 2000;

	static final int MAX_EMAIL = 320;

	static final int MAX_IDEMPOTENCY_KEY = 200;

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern ANONYMOUS_ID = Pattern.compile("^[A-Za-z0-9-]{16,64}$");

	private ReportRules() {
	}

	static NewReport check(long documentId, ReportInput input, int maxCount, String anonymousId, String clientKey,
			String idempotencyKey) {
		List<FieldProblem> problems = new ArrayList<>();
		Channel channel = Channel.parse(input.channel()).orElse(null);
		if (channel == null) {
			problems.add(blank(input.channel()) ? new FieldProblem("channel", "validation.required")
					: new FieldProblem("channel", "action.validation.channel"));
		}
		Integer count = input.count();
		if (count == null) {
			problems.add(new FieldProblem("count", "validation.required"));
		}
		else if (count < 1 || count > maxCount) {
			problems.add(new FieldProblem("count", "validation.range", 1, maxCount));
		}
		String country = blank(input.country()) ? null : input.country().strip().toUpperCase(Locale.ROOT);
		if (country == null) {
			problems.add(new FieldProblem("country", "validation.required"));
		}
		else if (!COUNTRIES.contains(country)) {
			problems.add(new FieldProblem("country", "action.validation.country"));
		}
		String email = blank(input.email()) ? null : input.email().strip();
		if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
			problems.add(new FieldProblem("email", "validation.email", email));
		}
		boolean consent = Boolean.TRUE.equals(input.consent());
		if (consent && email == null) {
			problems.add(new FieldProblem("email", "action.validation.consentNeedsEmail"));
		}
		String note = blank(input.note()) ? null : input.note().strip();
		if (note != null && note.length() > MAX_NOTE) {
			problems.add(new FieldProblem("note", "validation.length", MAX_NOTE));
		}
		if (input.targetId() != null && input.targetId() <= 0) {
			problems.add(new FieldProblem("targetId", "action.validation.target"));
		}
		if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY)) {
			problems.add(new FieldProblem("Idempotency-Key", "validation.length", MAX_IDEMPOTENCY_KEY));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new NewReport(documentId, channel, input.targetId(), count, country, email, consent, note,
				reporterKey(email, anonymousId), reporterKey(null, anonymousId), clientKey, idempotencyKey);
	}

	/**
	 * The same person is the same email (in any case) or, without one, the same anonymous
	 * cookie; neither is stored in clear in the key.
	 */
	static String reporterKey(String email, String anonymousId) {
		if (email != null) {
			return sha256("email:" + email.toLowerCase(Locale.ROOT));
		}
		if (anonymousId != null && ANONYMOUS_ID.matcher(anonymousId).matches()) {
			return sha256("anonymous:" + anonymousId);
		}
		return null;
	}

	static boolean validAnonymousId(String value) {
		return value != null && ANONYMOUS_ID.matcher(value).matches();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String sha256(String value) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
