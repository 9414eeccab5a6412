package org.urgentaction.system;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;

/**
 * Errors of the JSON API as RFC 9457 problem documents. Invalid fields are listed in
 * {@code errors}, each with the field's JSON name and a message.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	/** The most problems one answer lists, so that a huge request gets a small answer. */
	static final int MAX_ERRORS = 50;

	private final MessageSource messages;

	private final ProblemTexts texts;

	ApiProblems(MessageSource messages, ProblemTexts texts) {
		this.messages = messages;
		this.texts = texts;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException exception, Locale locale) {
		ProblemDetail problem = texts.problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid", "invalid", locale);
		problem.setType(URI.create("about:blank"));
		List<Map<String, String>> errors = exception.problems()
			.stream()
			.limit(MAX_ERRORS)
			.map((p) -> Map.of("field", p.field(), "message", message(p, locale)))
			.toList();
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * Malformed JSON, or a value of the wrong type (a date that is not ISO-8601, text
	 * where a number belongs); the problem names the field when it is known.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException exception, Locale locale) {
		String field = "";
		String code = "validation.type";
		for (Throwable cause = exception.getCause(); cause != null && field.isEmpty(); cause = cause.getCause()) {
			if (cause instanceof JacksonException json) {
				field = field(json);
				code = StrictValues.refusal(json);
			}
		}
		if (code != null && !field.isEmpty()) {
			return invalid(new InvalidInputException(new FieldProblem(field, code)), locale);
		}
		ProblemDetail problem = texts.problem(HttpStatus.BAD_REQUEST, "malformed", "malformed", locale);
		if (!field.isEmpty()) {
			problem.setProperty("errors", List.of(Map.of("field", field, "message",
					messages.getMessage("validation.type", null, "This value has the wrong form.", locale))));
		}
		return problem;
	}

	private static String field(JacksonException exception) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference reference : exception.getPath()) {
			if (reference.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		return field.toString();
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail badParameter(MethodArgumentTypeMismatchException exception, Locale locale) {
		return texts.problem(HttpStatus.BAD_REQUEST, "badParameter", "badParameter", locale, exception.getName());
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException exception, Locale locale) {
		return texts.problem(HttpStatus.BAD_REQUEST, "badParameter", "missingParameter", locale,
				exception.getParameterName());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException exception, Locale locale) {
		return texts.problem(HttpStatus.NOT_FOUND, "notFound", "notFound", locale);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail conflict(OptimisticLockingFailureException exception, Locale locale) {
		return texts.problem(HttpStatus.CONFLICT, "conflict", "conflict", locale);
	}

	private String message(FieldProblem problem, Locale locale) {
		return messages.getMessage(problem.code(), problem.args().toArray(), problem.code(), locale);
	}

}
