package org.urgentaction.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;
import org.urgentaction.ua.UaDocument;

/**
 * The rules a reply must keep; field names are those of the JSON API.
 */
final class ReplyRules {

	static final int MAX_FROM = 300;

	private ReplyRules() {
	}

	static void checkLogged(NewReply reply, List<UaDocument> thread) {
		List<FieldProblem> problems = new ArrayList<>();
		if (reply.receivedOn() == null) {
			problems.add(new FieldProblem("receivedOn", "validation.required"));
		}
		text(problems, "from", reply.from(), true, MAX_FROM);
		text(problems, "summary", reply.summary(), true, ReplyService.MAX_SUMMARY);
		if (reply.isPublic() == null) {
			problems.add(new FieldProblem("public", "validation.required"));
		}
		if (reply.targetId() != null
				&& thread.stream().map((d) -> d.target(reply.targetId())).noneMatch(Objects::nonNull)) {
			problems.add(new FieldProblem("targetId", "reply.target.unknown"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	static void checkSubmitted(NewReply reply) {
		List<FieldProblem> problems = new ArrayList<>();
		text(problems, "from", reply.from(), false, MAX_FROM);
		text(problems, "summary", reply.summary(), true, ReplyService.MAX_SUMMARY);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static void text(List<FieldProblem> problems, String field, String value, boolean required, int max) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "validation.required"));
			}
		}
		else if (value.length() > max) {
			problems.add(new FieldProblem(field, "validation.length", max));
		}
	}

}
