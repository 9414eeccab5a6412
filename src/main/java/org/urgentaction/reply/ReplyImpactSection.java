package org.urgentaction.reply;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.urgentaction.action.ImpactReportSection;
import org.urgentaction.letter.XmlText;
import org.urgentaction.ua.UaDocument;

/**
 * The public replies of the case in the impact report, in the language of the request
 * that asks for the report (English outside a request).
 */
@Component
class ReplyImpactSection implements ImpactReportSection {

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
		Locale locale = (LocaleContextHolder.getLocaleContext() != null) ? LocaleContextHolder.getLocale()
				: Locale.ENGLISH;
		DateTimeFormatter day = DateTimeFormatter.ofPattern(message("reply.format.date", locale), locale);
		StringBuilder x = new StringBuilder();
		x.append("<p><strong>")
			.append(text("reply.impact.heading", locale))
			.append("</strong></p><p>")
			.append(text("reply.impact.intro", locale))
			.append("</p><ul>");
		for (Reply reply : shown) {
			x.append("<li>").append(XmlText.escape(day.format(reply.receivedOn())));
			if (reply.from() != null) {
				x.append(", ").append(XmlText.escape(reply.from()));
			}
			if (reply.channel() != null) {
				x.append(" (").append(text("reply.channel." + reply.channel().name(), locale)).append(")");
			}
			x.append(": ").append(XmlText.escape(reply.summary())).append("</li>");
		}
		return x.append("</ul>").toString();
	}

	private String text(String key, Locale locale) {
		return XmlText.escape(message(key, locale));
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
