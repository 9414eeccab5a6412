package org.urgentaction.letter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.urgentaction.ua.Person;
import org.urgentaction.ua.UaDocument;

/**
 * The two pages of the group pack written here (the letters come from
 * {@link LetterService}): the case card and the tally slip, as XHTML for
 * {@link PdfRenderer}.
 */
final class GroupPackXhtml {

	/** The ways of acting on the slip, as the report form names them. */
	static final List<String> CHANNELS = List.of("LETTER", "EMAIL", "FAX", "PHONE", "SOCIAL", "OTHER");

	private final UaDocument document;

	private final Locale locale;

	private final LocalDate today;

	private final MessageSource messages;

	GroupPackXhtml(UaDocument document, Locale locale, LocalDate today, MessageSource messages) {
		this.document = document;
		this.locale = locale;
		this.today = today;
		this.messages = messages;
	}

	String caseCard(String pageUrl) {
		StringBuilder html = start();
		html.append("<p class=\"kicker\">").append(text("grouppack.title")).append("</p>");
		html.append("<h1 dir=\"auto\">").append(escape(document.title())).append("</h1>");
		html.append("<p class=\"case\">")
			.append(text("grouppack.case", document.uaNumber(), document.country()))
			.append("</p>");
		html.append("<table class=\"layout\"><tr><td>");
		if (!document.persons().isEmpty()) {
			heading(html, "grouppack.who");
			html.append("<p dir=\"auto\">")
				.append(escape(String.join(", ", document.persons().stream().map(Person::display).toList())))
				.append("</p>");
		}
		heading(html, "grouppack.why");
		html.append("<p dir=\"auto\">").append(escape(document.summary())).append("</p>");
		heading(html, "grouppack.ask");
		html.append("<p dir=\"auto\">").append(escape(CallScript.demands(document))).append("</p>");
		heading(html, "grouppack.deadline");
		html.append("<p>").append(deadline()).append("</p>");
		if (!document.preferredLanguages().isEmpty()) {
			html.append("<p>")
				.append(text("grouppack.languages", String.join(", ", document.preferredLanguages())))
				.append("</p>");
		}
		html.append("</td><td class=\"qr\">");
		qr(html, pageUrl, "grouppack.page");
		html.append("</td></tr></table>");
		heading(html, "grouppack.steps.title");
		html.append("<ol>");
		for (int step = 1; step <= 3; step++) {
			html.append("<li>").append(text("grouppack.steps." + step)).append("</li>");
		}
		html.append("</ol>");
		return end(html);
	}

	String tallySlip(String reportUrl) {
		StringBuilder html = start();
		html.append("<p class=\"kicker\">").append(text("grouppack.title")).append("</p>");
		html.append("<h1>").append(text("grouppack.tally.title")).append("</h1>");
		html.append("<p class=\"case\" dir=\"auto\">")
			.append(text("grouppack.case", document.uaNumber(), document.country()))
			.append(": ")
			.append(escape(document.title()))
			.append("</p>");
		html.append("<p>").append(text("grouppack.tally.intro")).append("</p>");
		html.append("<table class=\"tally\"><tr><th>")
			.append(text("grouppack.tally.channel"))
			.append("</th><th class=\"count\">")
			.append(text("grouppack.tally.count"))
			.append("</th></tr>");
		for (String channel : CHANNELS) {
			html.append("<tr><td>")
				.append(text("grouppack.channel." + channel))
				.append("</td><td class=\"count\"></td></tr>");
		}
		html.append("</table><table class=\"fields\">");
		for (String field : List.of("grouppack.tally.group", "grouppack.tally.country", "grouppack.tally.date")) {
			html.append("<tr><td class=\"label\">").append(text(field)).append("</td><td class=\"line\"></td></tr>");
		}
		html.append("</table><table class=\"layout\"><tr><td>");
		html.append("<p>").append(text("grouppack.tally.report")).append("</p>");
		html.append("<p class=\"url\">").append(escape(reportUrl)).append("</p>");
		html.append("<p>").append(text("grouppack.tally.thanks")).append("</p>");
		html.append("</td><td class=\"qr\">");
		qr(html, reportUrl, null);
		html.append("</td></tr></table>");
		return end(html);
	}

	private String deadline() {
		if (document.deadline() == null) {
			return text("grouppack.deadline.asap");
		}
		String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(locale)
			.format(document.deadline());
		return text(document.deadlinePassed(today) ? "grouppack.deadline.passed" : "grouppack.deadline.until", date);
	}

	private void qr(StringBuilder html, String url, String captionKey) {
		html.append("<img class=\"qr\" alt=\"\" src=\"").append(QrCode.dataUri(url)).append("\"/>");
		if (captionKey != null) {
			html.append("<p class=\"caption\">").append(text(captionKey)).append("</p>");
			html.append("<p class=\"url\">").append(escape(url)).append("</p>");
		}
	}

	private void heading(StringBuilder html, String key) {
		html.append("<h2>").append(text(key)).append("</h2>");
	}

	private StringBuilder start() {
		boolean rtl = "ar".equals(locale.getLanguage());
		StringBuilder html = new StringBuilder(8 * 1024);
		html.append("<html><head><style>")
			.append("@page { size: A4; margin: 16mm 18mm; }")
			.append("body { font-family: ")
			.append(PdfRenderer.SANS)
			.append("; font-size: 11pt; line-height: 1.35; color: #000; }")
			.append(".kicker { font-size: 10pt; font-weight: bold; margin: 0; }")
			.append("h1 { font-size: 18pt; margin: 2mm 0; } h2 { font-size: 12pt; margin: 5mm 0 1mm 0; }")
			.append("p { margin: 0 0 2mm 0; } .case { font-weight: bold; }")
			.append(".layout { width: 100%; border-collapse: collapse; } .layout td { vertical-align: top; }")
			.append("td.qr { width: 46mm; text-align: center; padding: 0 0 0 6mm; }")
			.append("img.qr { width: 42mm; height: 42mm; } .caption, .url { font-size: 8pt; }")
			.append(".url { word-wrap: break-word; }")
			.append(".tally { width: 100%; border-collapse: collapse; margin: 4mm 0 6mm 0; }")
			.append(".tally th, .tally td { border: 0.75pt solid #000; padding: 3mm; }")
			.append(".tally td.count, .tally th.count { width: 40mm; }")
			.append(".fields { width: 100%; margin-bottom: 6mm; } .fields td { padding: 4mm 0 1mm 0; }")
			.append(".fields td.label { width: 45mm; } .fields td.line { border-bottom: 0.75pt solid #000; }")
			.append("</style></head><body")
			.append(rtl ? " dir=\"rtl\" style=\"direction: rtl;\"" : "")
			.append(">");
		return html;
	}

	private static String end(StringBuilder html) {
		return html.append("</body></html>").toString();
	}

	private String text(String key, Object... args) {
		return escape(messages.getMessage(key, args, locale));
	}

	private static String escape(String text) {
		return XmlText.escape(XmlText.clean(text == null ? "" : text));
	}

}
