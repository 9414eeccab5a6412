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

	private static final View API_NOT_FOUND = (model, request, response) -> {
		response.setStatus(404);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,"
					+ "\"detail\":\"There is no API resource at this address.\"}");
	};

	@ExceptionHandler(NoResourceFoundException.class)
	ModelAndView notFound(HttpServletRequest request) {
		if (request.getRequestURI().startsWith("/api/")) {
			return new ModelAndView(API_NOT_FOUND);
		}
		ModelAndView page = new ModelAndView("error/404");
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

}
