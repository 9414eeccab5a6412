package org.urgentaction.system;

import java.util.List;

/**
 * Input that breaks a rule of the domain; nothing has been stored.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super("Invalid input: " + problems);
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(FieldProblem problem) {
		this(List.of(problem));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
