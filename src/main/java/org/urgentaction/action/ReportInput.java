package org.urgentaction.action;

/**
 * A report as the API and the form receive it, before validation. {@code count} is text
 * in the form and a number in JSON; both arrive here as an Integer or null.
 */
public record ReportInput(String channel, Long targetId, Integer count, String country, String email, Boolean consent,
		String note) {

}
