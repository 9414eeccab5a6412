package org.urgentaction.letter;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Writes letters as XHTML for {@link PdfRenderer}: one letter per page sequence, the
 * recipient placed for a window envelope ({@link Paper}), or laid out for a fax: large
 * black sans-serif type and a header naming the recipient's fax number.
 */
final class LetterXhtml {

	enum Style {

		PRINT, FAX

	}

	private LetterXhtml() {
	}

	/**
	 * The letters in one document; {@code serifFamily} is the font-family list for the
	 * letters ({@link PdfRenderer#serifFamilyFor(java.util.Locale, String...)} of
	 * {@link #allText(List)}); faxes use its sans-serif counterpart.
	 */
	static String of(List<Letter> letters, Paper paper, Style style, String serifFamily) {
		return of(letters, paper, style, serifFamily, "FAX");
	}

	/** As above, with the fax header's label in the letters' language. */
	static String of(List<Letter> letters, Paper paper, Style style, String serifFamily, String faxLabel) {
		StringBuilder html = new StringBuilder(16 * 1024);
		html.append("<html><head><style>").append(css(paper, style, serifFamily)).append("</style></head><body>");
		for (Letter letter : letters) {
			html.append("<div class=\"letter\">");
			if (style == Style.FAX) {
				faxHead(html, letter, faxLabel);
			}
			else {
				windowHead(html, letter);
			}
			body(html, letter);
			signature(html, letter);
			html.append("</div>");
		}
		return html.append("</body></html>").toString();
	}

	/** Every text that goes into the letters, to choose the fonts by. */
	static String[] allText(List<Letter> letters) {
		return letters.stream()
			.flatMap((letter) -> java.util.stream.Stream.concat(
					java.util.stream.Stream.of(letter.text(), letter.senderName(), date(letter)),
					java.util.stream.Stream.concat(letter.senderAddressLines().stream(),
							letter.recipientLines().stream())))
			.toArray(String[]::new);
	}

	private static String css(Paper paper, Style style, String serifFamily) {
		boolean fax = style == Style.FAX;
		return "@page { size: " + paper.cssSize + "; margin: " + paper.marginTop + " " + paper.marginRight + " 20mm "
				+ paper.marginLeft + "; }" + "body { margin: 0; color: #000; font-family: "
				+ (fax ? serifFamily.replaceFirst("^serif\\b", "sans-serif") : serifFamily) + "; font-size: "
				+ (fax ? "13pt" : "11pt") + "; line-height: 1.35; }"
				+ ".letter + .letter { page-break-before: always; }"
				+ ".head { width: 100%; table-layout: fixed; border-collapse: collapse; margin-top: "
				+ paper.addressFieldOffset + "; }" + ".head td { padding: 0; vertical-align: top; }"
				+ ".window { width: " + paper.addressWidth + "; }" + ".gap { width: " + paper.gap + "; }"
				+ ".info { width: " + paper.infoWidth + "; font-size: 10pt; }" + ".return { height: " + paper.returnZone
				+ "; font-size: 7pt; overflow: hidden; }" + ".return span { border-bottom: 0.5pt solid #000; }"
				+ ".recipient { min-height: " + paper.recipientZone + "; font-size: 10pt; line-height: 1.2; }"
				+ ".sender { font-weight: bold; }" + ".date { margin-top: 4mm; }"
				+ ".fax-head { border-bottom: 2pt solid #000; margin-bottom: 8mm; }"
				+ ".fax-head p, .fax-head .to { margin: 0 0 2mm 0; }" + ".text { margin-top: 12mm; }"
				+ ".fax-head + .text { margin-top: 0; }" + ".text p { margin: 0 0 3mm 0; }"
				+ ".rtl { direction: rtl; text-align: right; }"
				+ ".signature { margin-top: 16mm; page-break-inside: avoid; }"
				+ ".signature .line { width: 60mm; border-top: 0.75pt solid #000; padding-top: 1mm; }";
	}

	private static void windowHead(StringBuilder html, Letter letter) {
		html.append("<table class=\"head\"><tr><td class=\"window\"><div class=\"return\">");
		if (!letter.returnAddress().isEmpty()) {
			html.append("<span>").append(XmlText.escape(letter.returnAddress())).append("</span>");
		}
		html.append("</div><div class=\"recipient\">");
		lines(html, letter.recipientLines());
		html.append("</div></td><td class=\"gap\"></td><td class=\"info\">");
		if (!letter.senderName().isEmpty()) {
			html.append("<div class=\"sender\">").append(XmlText.escape(letter.senderName())).append("</div>");
		}
		lines(html, letter.senderAddressLines());
		html.append("<div class=\"date\">").append(XmlText.escape(date(letter))).append("</div>");
		html.append("</td></tr></table>");
	}

	private static void faxHead(StringBuilder html, Letter letter, String label) {
		html.append("<div class=\"fax-head\"><p><b>")
			.append(XmlText.escape(label))
			.append("</b></p><div class=\"to\">");
		lines(html, letter.recipientLines().stream().limit(3).toList());
		html.append("</div>");
		if (!letter.target().faxes().isEmpty()) {
			html.append("<p>").append(XmlText.escape(String.join(", ", letter.target().faxes()))).append("</p>");
		}
		if (!letter.returnAddress().isEmpty()) {
			html.append("<p>").append(XmlText.escape(letter.returnAddress())).append("</p>");
		}
		html.append("<p>").append(XmlText.escape(date(letter))).append("</p></div>");
	}

	private static void body(StringBuilder html, Letter letter) {
		html.append("<div class=\"text\">");
		for (String paragraph : letter.text().split("\n")) {
			if (paragraph.isBlank()) {
				continue;
			}
			html.append(isRightToLeft(paragraph) ? "<p class=\"rtl\" dir=\"rtl\">" : "<p>")
				.append(XmlText.escape(paragraph))
				.append("</p>");
		}
		html.append("</div>");
	}

	private static void signature(StringBuilder html, Letter letter) {
		html.append("<div class=\"signature\"><div class=\"line\">")
			.append(XmlText.escape(letter.senderName()))
			.append("</div></div>");
	}

	private static void lines(StringBuilder html, List<String> lines) {
		for (String line : lines) {
			html.append("<div>").append(XmlText.escape(line)).append("</div>");
		}
	}

	/**
	 * The date as the letter's language writes it (ICU: its own digits, month names and,
	 * where it is the custom, calendar, such as the Buddhist era in Thai).
	 */
	static String date(Letter letter) {
		DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, ULocale.forLocale(letter.locale()));
		format.setTimeZone(TimeZone.GMT_ZONE);
		return format.format(Date.from(letter.date().atStartOfDay(ZoneOffset.UTC).toInstant()));
	}

	static boolean isRightToLeft(String paragraph) {
		return Bidi.getBaseDirection(paragraph) == Bidi.RTL;
	}

}
