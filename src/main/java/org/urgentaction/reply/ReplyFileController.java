package org.urgentaction.reply;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.urgentaction.system.NotFoundException;
import org.urgentaction.ua.UaService;

/**
 * The file of a reply: for anyone when the reply is shown publicly on a published
 * document, for staff always. Always sent as a download.
 */
@Controller
class ReplyFileController {

	private final ReplyService replies;

	private final UaService uas;

	ReplyFileController(ReplyService replies, UaService uas) {
		this.replies = replies;
		this.uas = uas;
	}

	@GetMapping("/replies/{id:\\d+}/file")
	ResponseEntity<byte[]> publicFile(@PathVariable long id) {
		Reply reply = replies.find(id)
			.filter(Reply::shownPublicly)
			.filter((r) -> uas.find(r.documentId()).map((d) -> d.isPublished()).orElse(false))
			.orElseThrow(() -> new NotFoundException("Reply " + id));
		return file(reply);
	}

	@GetMapping("/admin/replies/{id:\\d+}/file")
	ResponseEntity<byte[]> staffFile(@PathVariable long id) {
		return file(replies.find(id).orElseThrow(() -> new NotFoundException("Reply " + id)));
	}

	private ResponseEntity<byte[]> file(Reply reply) {
		if (reply.attachment() == null) {
			throw new NotFoundException("No file for reply " + reply.id());
		}
		byte[] content = replies.content(reply.id()).orElseThrow(() -> new NotFoundException("Reply file"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(reply.attachment().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(reply.attachment().fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(content);
	}

}
