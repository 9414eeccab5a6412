package org.urgentaction.reply;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;
import org.urgentaction.system.NotFoundException;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

/**
 * "I received a reply": the form (also on the UA page) with which an activist sends in a
 * reply from an official, with an optional scan. Plain HTML, no account, no JavaScript;
 * the reply waits for a coordinator.
 */
@Controller
class ReplyFormController {

	private final ReplyService replies;

	private final UaService uas;

	private final MessageSource messages;

	ReplyFormController(ReplyService replies, UaService uas, MessageSource messages) {
		this.replies = replies;
		this.uas = uas;
		this.messages = messages;
	}

	@GetMapping("/uas/{id:\\d+}/replies/new")
	String form(@PathVariable long id, Model model) {
		return show(published(id), "", "", Map.of(), model);
	}

	@PostMapping("/replies/uas/{id:\\d+}")
	String submit(@PathVariable long id, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String summary, @RequestParam(required = false) MultipartFile file,
			HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) throws IOException {
		UaDocument document = published(id);
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			UploadedFile upload = (file == null || file.isEmpty()) ? null
					: new UploadedFile(file.getOriginalFilename(), file.getBytes());
			replies.submit(id, from, summary, upload, request.getRemoteAddr());
			return "redirect:/uas/" + id + "/replies/thanks";
		}
		catch (InvalidInputException ex) {
			for (FieldProblem problem : ex.problems()) {
				errors.putIfAbsent(problem.field(),
						messages.getMessage(problem.code(), problem.args().toArray(), problem.code(), locale));
			}
			response.setStatus(422);
		}
		catch (AttachmentTooLargeException ex) {
			errors.put("file", messages.getMessage("reply.file.tooLarge", new Object[] { ex.maxMegabytes() }, locale));
			response.setStatus(413);
		}
		catch (TooManySubmissionsException ex) {
			errors.put("form", messages.getMessage("reply.tooMany", null, locale));
			response.setStatus(429);
			response.setHeader("Retry-After", "3600");
		}
		return show(document, from, summary, errors, model);
	}

	@GetMapping("/uas/{id:\\d+}/replies/thanks")
	String thanks(@PathVariable long id, Model model) {
		model.addAttribute("doc", published(id));
		return "reply/thanks";
	}

	private String show(UaDocument document, String from, String summary, Map<String, String> errors, Model model) {
		model.addAttribute("doc", document);
		model.addAttribute("from", from);
		model.addAttribute("summary", summary);
		model.addAttribute("errors", errors);
		model.addAttribute("submitPath", ReplyLinks.submit(document.id()));
		return "reply/form";
	}

	private UaDocument published(long id) {
		UaDocument document = uas.find(id).orElseThrow(() -> new NotFoundException("Document " + id));
		if (!document.isPublished()) {
			throw new NotFoundException("Document " + id);
		}
		return document;
	}

}
