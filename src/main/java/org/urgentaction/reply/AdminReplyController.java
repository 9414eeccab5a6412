package org.urgentaction.reply;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urgentaction.system.Actor;
import org.urgentaction.system.FieldProblem;
import org.urgentaction.system.InvalidInputException;
import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

/**
 * Staff pages of replies: the replies of a case with the form to log one (works without
 * JavaScript), and the replies activists sent in, waiting to be accepted or rejected.
 */
@Controller
class AdminReplyController {

	private final ReplyService replies;

	private final UaService uas;

	private final MessageSource messages;

	private final Clock clock;

	AdminReplyController(ReplyService replies, UaService uas, MessageSource messages, Clock clock) {
		this.replies = replies;
		this.uas = uas;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/admin/replies")
	String pending(Model model) {
		model.addAttribute("pending", replies.pending(200));
		return "reply/admin/pending";
	}

	@GetMapping("/admin/uas/{id:\\d+}/replies")
	String ofCase(@PathVariable long id, Model model) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("receivedOn", LocalDate.now(clock).toString());
		return show(uas.get(id), form, Map.of(), model);
	}

	@PostMapping("/admin/replies/uas/{id:\\d+}")
	String log(@PathVariable long id, @RequestParam Map<String, String> fields,
			@RequestParam(required = false) MultipartFile file, Authentication authentication, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect, Model model) throws IOException {
		UaDocument document = uas.get(id);
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			UploadedFile upload = (file == null || file.isEmpty()) ? null
					: new UploadedFile(file.getOriginalFilename(), file.getBytes());
			replies.log(id, newReply(fields), upload, Actor.name(authentication));
			redirect.addFlashAttribute("flash", "reply.admin.logged");
			return "redirect:" + ReplyLinks.caseReplies(id);
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
		return show(document, fields, errors, model);
	}

	@PostMapping("/admin/replies/{replyId:\\d+}/accept")
	String accept(@PathVariable long replyId, @RequestParam(defaultValue = "false") boolean isPublic,
			@RequestParam(defaultValue = "/admin/replies") String back, Authentication authentication,
			RedirectAttributes redirect) {
		replies.accept(replyId, isPublic, Actor.name(authentication));
		redirect.addFlashAttribute("flash", "reply.admin.accepted");
		return "redirect:" + local(back);
	}

	@PostMapping("/admin/replies/{replyId:\\d+}/reject")
	String reject(@PathVariable long replyId, @RequestParam(defaultValue = "/admin/replies") String back,
			Authentication authentication, RedirectAttributes redirect) {
		replies.reject(replyId, Actor.name(authentication));
		redirect.addFlashAttribute("flash", "reply.admin.rejected");
		return "redirect:" + local(back);
	}

	private String show(UaDocument document, Map<String, String> form, Map<String, String> errors, Model model) {
		List<Target> targets = new ArrayList<>();
		for (UaDocument d : uas.thread(document.caseId())) {
			d.targets().stream().filter((t) -> t.id() != null).forEach(targets::add);
		}
		model.addAttribute("doc", document);
		model.addAttribute("replies", replies.allReplies(document.caseId()));
		model.addAttribute("targets", targets);
		model.addAttribute("channels", ReplyChannel.values());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "reply/admin/case";
	}

	private static NewReply newReply(Map<String, String> fields) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate receivedOn = null;
		String date = fields.getOrDefault("receivedOn", "").strip();
		if (!date.isEmpty()) {
			try {
				receivedOn = LocalDate.parse(date);
			}
			catch (DateTimeParseException ex) {
				problems.add(new FieldProblem("receivedOn", "validation.date"));
			}
		}
		Long targetId = null;
		String target = fields.getOrDefault("targetId", "").strip();
		if (!target.isEmpty()) {
			try {
				targetId = Long.valueOf(target);
			}
			catch (NumberFormatException ex) {
				problems.add(new FieldProblem("targetId", "reply.target.unknown"));
			}
		}
		ReplyChannel channel = null;
		String how = fields.getOrDefault("channel", "").strip();
		try {
			channel = how.isEmpty() ? null : ReplyChannel.valueOf(how);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("channel", "validation.type"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new NewReply(receivedOn, targetId, fields.get("from"), channel, fields.get("summary"),
				"true".equals(fields.get("public")));
	}

	private static String local(String path) {
		return (path.startsWith("/admin/") && !path.startsWith("//")) ? path : "/admin/replies";
	}

}
