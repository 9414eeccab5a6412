package org.urgentaction.action;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

import com.ibm.icu.util.ULocale;

import org.springframework.stereotype.Component;
import org.urgentaction.letter.PdfRenderer;
import org.urgentaction.letter.XmlText;
import org.urgentaction.system.AppProperties;
import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaDocument;

/**
 * The report for officials: a letter to one target saying how many people in how many
 * countries sent how many appeals, with the breakdown by channel and country; and the
 * same figures as CSV. Written in the language asked for ({@link ImpactTexts}).
 */
@Component
class ImpactReport {

	private final PdfRenderer renderer;

	private final String organisation;

	private final java.util.List<ImpactReportSection> sections;

	ImpactReport(PdfRenderer renderer, AppProperties properties, java.util.List<ImpactReportSection> sections) {
		this.renderer = renderer;
		this.organisation = properties.site().name();
		this.sections = sections;
	}

	/**
	 * "Between 16 August and 27 September 2019, 3 people in 2 countries sent 49 appeals
	 * on behalf of Serikzhan Bilash."
	 */
	static String sentence(ActionTotals totals, UaDocument document, ImpactTexts texts) {
		String who = document.personNames().isBlank() ? document.title() : document.personNames();
		return texts.text("sentence", period(totals.firstDay(), totals.lastDay(), texts), totals.reporters(),
				totals.countries(), totals.actions(), who);
	}

	byte[] pdf(ActionTotals totals, UaDocument document, Target target, LocalDate today, Locale locale) {
		ImpactTexts texts = new ImpactTexts(locale);
		boolean rtl = ULocale.forLocale(texts.locale()).isRightToLeft();
		StringBuilder x = new StringBuilder(4096);
		x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
			.append(texts.locale().toLanguageTag())
			.append(rtl ? "\" dir=\"rtl\">" : "\">")
			.append("<head><title>")
			.append(e(texts.text("title", document.uaNumber())))
			.append("</title><style>@page { size: A4; margin: 25mm 20mm; } body { font-family: ")
			.append(PdfRenderer.SERIF)
			.append("; font-size: 11pt; line-height: 1.4; } table { border-collapse: collapse; margin: 0 0 4mm 0; }")
			.append(rtl
					? " body { direction: rtl; } td, th { padding: 1mm 0 1mm 4mm; text-align: right; } td.n { text-align: left; }"
					: " td, th { padding: 1mm 4mm 1mm 0; text-align: left; } td.n { text-align: right; }")
			.append(" .address { margin-bottom: 10mm; } .date { margin-bottom: 8mm; }</style></head><body>");
		x.append("<div class=\"address\">");
		for (String line : addressLines(target)) {
			x.append(e(line)).append("<br/>");
		}
		x.append("</div><p class=\"date\">").append(e(texts.day(today))).append("</p>");
		x.append("<p><strong>")
			.append(e(texts.text("subject", document.uaNumber(), document.title())))
			.append("</strong></p>");
		x.append("<p>").append(e(texts.text("greeting", target.greeting()))).append("</p>");
		x.append("<p>").append(e(sentence(totals, document, texts))).append("</p>");
		x.append("<p>").append(e(texts.text("asFollows"))).append("</p>");
		header(x, texts.text("channel"), texts.text("appeals"));
		totals.byChannel().forEach((channel, count) -> row(x, channelName(channel, texts), count, texts));
		x.append("</table>");
		header(x, texts.text("country"), texts.text("appeals"));
		totals.byCountry()
			.forEach((code, count) -> row(x, ActionCharts.countryName(code, texts.locale()), count, texts));
		x.append("</table>");
		sections.forEach((section) -> x.append(section.xhtml(document)));
		x.append("<p>").append(e(texts.text("closing"))).append("</p>");
		x.append("<p>").append(e(texts.text("signOff"))).append("</p><p>").append(e(organisation));
		x.append("</p></body></html>");
		return renderer.render(x.toString());
	}

	String csv(ActionTotals totals, UaDocument document) {
		Csv csv = new Csv().row("section", "key", "value");
		csv.row("ua", "number", document.uaNumber());
		csv.row("summary", "first_day", totals.firstDay());
		csv.row("summary", "last_day", totals.lastDay());
		csv.row("summary", "people", totals.reporters());
		csv.row("summary", "countries", totals.countries());
		csv.row("summary", "appeals", totals.actions());
		csv.row("summary", "reports", totals.reports());
		totals.byChannel().forEach((key, value) -> csv.row("channel", key, value));
		totals.byCountry().forEach((key, value) -> csv.row("country", key, value));
		totals.byTarget().forEach((key, value) -> csv.row("target", key, value));
		totals.byDay().forEach((key, value) -> csv.row("day", key, value));
		return csv.toString();
	}

	private static java.util.List<String> addressLines(Target target) {
		java.util.List<String> lines = new java.util.ArrayList<>();
		for (String line : new String[] { target.title(), target.name(), target.organisation() }) {
			if (line != null && !line.isBlank()) {
				lines.add(line);
			}
		}
		lines.addAll(target.addressLines());
		return lines;
	}

	static String period(LocalDate first, LocalDate last, ImpactTexts texts) {
		if (first == null) {
			return texts.text("soFar");
		}
		if (first.equals(last)) {
			return texts.text("onDay", texts.day(first));
		}
		String from = (first.getYear() == last.getYear()) ? texts.dayOfYear(first) : texts.day(first);
		return texts.text("between", from, texts.day(last));
	}

	private static String channelName(String channel, ImpactTexts texts) {
		try {
			return texts.text("channel." + Channel.valueOf(channel).name());
		}
		catch (IllegalArgumentException ex) {
			return channel;
		}
	}

	private static void header(StringBuilder x, String label, String count) {
		x.append("<table><tr><th>").append(e(label)).append("</th><th>").append(e(count)).append("</th></tr>");
	}

	private static void row(StringBuilder x, String label, long count, ImpactTexts texts) {
		x.append("<tr><td>")
			.append(e(label))
			.append("</td><td class=\"n\">")
			.append(e(NumberFormat.getIntegerInstance(texts.locale()).format(count)))
			.append("</td></tr>");
	}

	private static String e(String text) {
		return XmlText.escape(text);
	}

}
