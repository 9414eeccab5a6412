package org.urgentaction.system;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The title and detail of the API's problem documents in the caller's language
 * ({@code Accept-Language}, English by default), from {@code problem.title.<name>} and
 * {@code problem.detail.<name>} of the bundle {@code i18n/problem}. The status, the
 * {@code type} and the other members stay the same in every language.
 */
@Component
public class ProblemTexts {

	private final MessageSource messages;

	public ProblemTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** A problem document in the language of the current request. */
	public ProblemDetail problem(HttpStatusCode status, String title, String detail, Object... args) {
		return problem(status, title, detail, LocaleContextHolder.getLocale(), args);
	}

	public ProblemDetail problem(HttpStatusCode status, String title, String detail, Locale locale, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(detail, locale, args));
		problem.setTitle(title(title, locale));
		return problem;
	}

	public String title(String name, Locale locale) {
		return messages.getMessage("problem.title." + name, null, name, locale);
	}

	public String detail(String name, Locale locale, Object... args) {
		return messages.getMessage("problem.detail." + name, args, name, locale);
	}

	/**
	 * Writes a problem document where no controller answers (servlet filters, Spring
	 * Security), in the language the request's {@code Accept-Language} asks for.
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail,
			Object... args) throws IOException {
		Locale locale = request.getLocale();
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + json(title(title, locale)) + "\",\"status\":" + status
					+ ",\"detail\":\"" + json(detail(detail, locale, args)) + "\"}");
	}

	static String json(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}
