package org.urgentaction.system;

import java.util.List;

/**
 * One thing wrong with one field of a form or a JSON body. {@code field} uses the names
 * of the JSON API ({@code targets[0].emails}); {@code code} is a message key whose
 * arguments are {@code args}.
 */
public record FieldProblem(String field, String code, List<Object> args) {

	public FieldProblem(String field, String code, Object... args) {
		this(field, code, List.of(args));
	}

}
