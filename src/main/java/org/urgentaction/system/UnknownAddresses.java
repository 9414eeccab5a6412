package org.urgentaction.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nothing answers to: the "page not found" page for people, a problem document
 * for programs under {@code /api/}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownAddresses {

	private final View apiNotFound;

	UnknownAddresses(ProblemTexts texts) {
		this.apiNotFound = (model, request, response) -> texts.write(request, response, 404, "notFound",
				"noApiResource");
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ModelAndView notFound(HttpServletRequest request) {
		if (request.getRequestURI().startsWith("/api/")) {
			return new ModelAndView(apiNotFound);
		}
		ModelAndView page = new ModelAndView("error/404");
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

}
