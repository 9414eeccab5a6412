package org.urgentaction.reply;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.urgentaction.system.Actor;
import org.urgentaction.system.NotFoundException;
import org.urgentaction.system.ProblemTexts;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

/**
 * {@code /api/uas/{id}/replies}: coordinators log replies; anyone lists the public
 * replies of a published document's case, staff all of them.
 */
@RestController
class ReplyApiController {

	private final ReplyService replies;

	private final UaService uas;

	private final ProblemTexts texts;

	private final MessageSource messages;

	ReplyApiController(ReplyService replies, UaService uas, ProblemTexts texts, MessageSource messages) {
		this.replies = replies;
		this.uas = uas;
		this.texts = texts;
		this.messages = messages;
	}

	@GetMapping("/api/uas/{id}/replies")
	Map<String, Object> list(@PathVariable long id, Authentication authentication) {
		boolean staff = Actor.isStaff(authentication);
		UaDocument document = uas.get(id);
		if (!staff && !document.isPublished()) {
			throw new NotFoundException("Document " + id);
		}
		List<Reply> found = staff ? replies.allReplies(document.caseId()) : replies.publicReplies(document.caseId());
		return Map.of("items", found.stream().map((r) -> ReplyJson.of(r, staff)).toList());
	}

	@PostMapping("/api/uas/{id}/replies")
	ResponseEntity<Map<String, Object>> log(@PathVariable long id, @RequestBody NewReply body,
			Authentication authentication) {
		Reply reply = replies.log(id, body, null, Actor.name(authentication));
		return ResponseEntity.created(URI.create("/api/uas/" + id + "/replies/" + reply.id()))
			.body(ReplyJson.of(reply, true));
	}

	@GetMapping("/api/uas/{id}/replies/{replyId}")
	Map<String, Object> one(@PathVariable long id, @PathVariable long replyId, Authentication authentication) {
		boolean staff = Actor.isStaff(authentication);
		Reply reply = replies.find(replyId)
			.filter((r) -> r.caseId() == uas.get(id).caseId() && (staff || r.shownPublicly()))
			.orElseThrow(() -> new NotFoundException("Reply " + replyId));
		return ReplyJson.of(reply, staff);
	}

	@ExceptionHandler(AttachmentTooLargeException.class)
	ProblemDetail tooLarge(AttachmentTooLargeException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				messages.getMessage("reply.file.tooLarge", new Object[] { ex.maxMegabytes() }, locale));
		problem.setTitle(texts.title("fileTooLarge", locale));
		return problem;
	}

}
