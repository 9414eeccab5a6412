package org.urgentaction.action;

import java.util.ArrayList;
import java.util.List;

import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;

/**
 * The fields of the report form as typed (so that they can be shown again).
 */
record ReportForm(String channel, String targetId, String count, String country, String email, Boolean consent,
		String note) {

	ReportForm {
		count = (count == null) ? "1" : count;
	}

	static ReportForm empty(String country) {
		return prefilled(null, null, country);
	}

	/**
	 * The form opened from a "Did you send it?" link: the channel and the target chosen.
	 */
	static ReportForm prefilled(Channel channel, String targetId, String country) {
		return new ReportForm((channel == null) ? null : channel.name(), targetId, "1", country, null, false, null);
	}

	ReportInput toInput() {
		List<FieldProblem> problems = new ArrayList<>();
		Integer number = null;
		try {
			number = Integer.valueOf(count.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem("count", "validation.number"));
		}
		Long target = null;
		if (targetId != null && !targetId.isBlank()) {
			try {
				target = Long.valueOf(targetId.strip());
			}
			catch (NumberFormatException ex) {
				problems.add(new FieldProblem("targetId", "action.validation.target"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new ReportInput(channel, target, number, country, email, consent, note);
	}

}
