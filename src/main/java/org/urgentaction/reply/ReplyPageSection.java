package org.urgentaction.reply;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaPageSection;

/**
 * On every public page of a case: the officials' public replies, and the form with which
 * an activist sends in a reply they received.
 */
@Component
class ReplyPageSection implements UaPageSection {

	private final ReplyService replies;

	ReplyPageSection(ReplyService replies) {
		this.replies = replies;
	}

	@Override
	public String slot() {
		return SLOT_FOLLOW;
	}

	@Override
	public int order() {
		return -10;
	}

	@Override
	public String template() {
		return "reply/section :: section";
	}

	@Override
	public Map<String, Object> model(UaDocument document) {
		if (!document.isPublished()) {
			return Map.of();
		}
		List<Reply> shown = replies.publicReplies(document.caseId());
		return Map.of("replies", shown, "submitPath", ReplyLinks.submit(document.id()), "documentId", document.id());
	}

}
