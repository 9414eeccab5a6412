package org.urgentaction.letter;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.urgentaction.system.InvalidInputException;

/**
 * {@code GET /uas/{id}/group-pack.pdf}: the printable pack for a letter-writing group
 * meeting, in the visitor's language. No account needed; 404 for a document that is not
 * published, 410 once its case is closed.
 */
@Controller
class GroupPackController {

	private final GroupPack packs;

	GroupPackController(GroupPack packs) {
		this.packs = packs;
	}

	@GetMapping("/uas/{id:\\d+}/group-pack.pdf")
	ResponseEntity<byte[]> pack(@PathVariable long id, Locale locale, HttpServletRequest request) {
		byte[] pdf;
		try {
			pdf = packs.pdf(id, locale, request.getRemoteAddr());
		}
		catch (InvalidInputException closedCase) {
			throw new ResponseStatusException(HttpStatus.GONE, "The case is closed: no more appeals.");
		}
		catch (LetterLimiter.Refused refused) {
			return ResponseEntity.status(refused.status)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfterSeconds))
				.build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("group-pack-" + id + ".pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "public, max-age=0, s-maxage=60")
			.header(HttpHeaders.VARY, "Accept-Language, Cookie")
			.body(pdf);
	}

}
