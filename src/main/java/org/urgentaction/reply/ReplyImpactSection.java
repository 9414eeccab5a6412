package org.urgentaction.reply;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.urgentaction.action.ImpactReportSection;
import org.urgentaction.letter.XmlText;
import org.urgentaction.ua.UaDocument;

/**
 * The public replies of the case in the impact report, in English like the report.
 */
@Component
class ReplyImpactSection implements ImpactReportSection {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final ReplyService replies;

	private final MessageSource messages;

	ReplyImpactSection(ReplyService replies, MessageSource messages) {
		this.replies = replies;
		this.messages = messages;
	}

	@Override
	public String xhtml(UaDocument document) {
		List<Reply> shown = replies.publicReplies(document.caseId());
		if (shown.isEmpty()) {
			return "";
		}
		StringBuilder x = new StringBuilder();
		x.append("<p><strong>")
			.append(text("reply.impact.heading"))
			.append("</strong></p><p>")
			.append(text("reply.impact.intro"))
			.append("</p><ul>");
		for (Reply reply : shown) {
			x.append("<li>").append(XmlText.escape(DAY.format(reply.receivedOn())));
			if (reply.from() != null) {
				x.append(", ").append(XmlText.escape(reply.from()));
			}
			if (reply.channel() != null) {
				x.append(" (").append(text("reply.channel." + reply.channel().name())).append(")");
			}
			x.append(": ").append(XmlText.escape(reply.summary())).append("</li>");
		}
		return x.append("</ul>").toString();
	}

	private String text(String key) {
		return XmlText.escape(messages.getMessage(key, null, Locale.ENGLISH));
	}

}
