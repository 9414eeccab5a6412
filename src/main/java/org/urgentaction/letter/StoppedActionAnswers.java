package org.urgentaction.letter;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.urgentaction.ua.UaLinks;

/**
 * What the letter pages (a page) and the letter API (a problem document) answer on a
 * stopped case: 409 with the coordinators' message.
 */
@ControllerAdvice(
		assignableTypes = { LetterPageController.class, GroupPackController.class, LetterApiController.class })
class StoppedActionAnswers {

	private final MessageSource messages;

	StoppedActionAnswers(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ActionStoppedException.class)
	Object stopped(ActionStoppedException stopped, Locale locale, Model model, HttpServletResponse response,
			jakarta.servlet.http.HttpServletRequest request) {
		if (request.getRequestURI().startsWith("/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, stopped.stopMessage());
			problem.setTitle(messages.getMessage("casestop.page.heading", null, locale));
			problem.setProperty("stopped", true);
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("doc", stopped.document());
		model.addAttribute("stopMessage", stopped.stopMessage());
		model.addAttribute("pagePath", UaLinks.path(stopped.document()));
		return "letter/stopped";
	}

}
