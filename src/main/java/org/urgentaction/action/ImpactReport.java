package org.urgentaction.action;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.urgentaction.letter.PdfRenderer;
import org.urgentaction.letter.XmlText;
import org.urgentaction.system.AppProperties;
import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaDocument;

/**
 * The report for officials: a letter to one target saying how many people in how many
 * countries sent how many appeals, with the breakdown by channel and country; and the
 * same figures as CSV. Written in English, the language of the appeals' cover letters.
 */
@Component
class ImpactReport {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final Map<Channel, String> CHANNELS = Map.of(Channel.LETTER, "Letters", Channel.EMAIL, "Emails",
			Channel.FAX, "Faxes", Channel.PHONE, "Phone calls", Channel.SOCIAL, "Social media posts", Channel.OTHER,
			"Other appeals");

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
	static String sentence(ActionTotals totals, UaDocument document) {
		String period = period(totals.firstDay(), totals.lastDay());
		String who = document.personNames().isBlank() ? document.title() : document.personNames();
		return period + ", " + plural(totals.reporters(), "person", "people") + " in "
				+ plural(totals.countries(), "country", "countries") + " sent "
				+ plural(totals.actions(), "appeal", "appeals") + " on behalf of " + who + ".";
	}

	byte[] pdf(ActionTotals totals, UaDocument document, Target target, LocalDate today) {
		StringBuilder x = new StringBuilder(4096);
		x.append(
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">")
			.append("<head><title>Impact report UA ")
			.append(e(document.uaNumber()))
			.append("</title><style>@page { size: A4; margin: 25mm 20mm; } body { font-family: ")
			.append(PdfRenderer.SERIF)
			.append("; font-size: 11pt; line-height: 1.4; } table { border-collapse: collapse; margin: 0 0 4mm 0; }")
			.append(" td, th { padding: 1mm 4mm 1mm 0; text-align: left; } td.n { text-align: right; }")
			.append(" .address { margin-bottom: 10mm; } .date { margin-bottom: 8mm; }</style></head><body>");
		x.append("<div class=\"address\">");
		for (String line : addressLines(target)) {
			x.append(e(line)).append("<br/>");
		}
		x.append("</div><p class=\"date\">").append(e(DAY.format(today))).append("</p>");
		x.append("<p><strong>Urgent Action ")
			.append(e(document.uaNumber()))
			.append(": ")
			.append(e(document.title()))
			.append("</strong></p>");
		x.append("<p>").append(e(target.greeting())).append(",</p>");
		x.append("<p>").append(e(sentence(totals, document))).append("</p>");
		x.append("<p>They appealed to you and to the other authorities concerned as follows.</p>");
		x.append("<table><tr><th>Channel</th><th>Appeals</th></tr>");
		totals.byChannel()
			.forEach((channel, count) -> row(x, CHANNELS.getOrDefault(Channel.valueOf(channel), channel), count));
		x.append("</table><table><tr><th>Country of the senders</th><th>Appeals</th></tr>");
		totals.byCountry().forEach((code, count) -> row(x, ActionCharts.countryName(code, Locale.ENGLISH), count));
		x.append("</table>");
		sections.forEach((section) -> x.append(section.xhtml(document)));
		x.append("<p>We respectfully ask you to give these appeals your full attention.</p>");
		x.append("<p>Yours sincerely,</p><p>").append(e(organisation)).append("</p></body></html>");
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

	private static void row(StringBuilder x, String label, long count) {
		x.append("<tr><td>").append(e(label)).append("</td><td class=\"n\">").append(count).append("</td></tr>");
	}

	static String period(LocalDate first, LocalDate last) {
		if (first == null) {
			return "So far";
		}
		if (first.equals(last)) {
			return "On " + DAY.format(first);
		}
		String from = (first.getYear() == last.getYear())
				? DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH).format(first) : DAY.format(first);
		return "Between " + from + " and " + DAY.format(last);
	}

	private static String plural(long n, String one, String many) {
		return String.format(Locale.ENGLISH, "%,d %s", n, (n == 1) ? one : many);
	}

	private static String e(String text) {
		return XmlText.escape(text);
	}

}
