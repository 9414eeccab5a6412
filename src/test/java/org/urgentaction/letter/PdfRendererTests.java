package org.urgentaction.letter;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled fonts cover the scripts activists write in, and right-to-left text comes
 * out in visual order.
 */
class PdfRendererTests {

	private final PdfRenderer renderer = new PdfRenderer();

	@Test
	void rendersLatinCyrillicKazakhAndGreekWithBundledFonts() {
		byte[] pdf = renderer.render(
				page("<p>Příliš žluťoučký kůň. Серикжан Білаш. Әділет қоғамы үшін ұлы өңір һәм ғалым. Ελευθερία.</p>"));

		String text = PdfText.flatText(pdf);
		assertThat(text).contains("Příliš žluťoučký kůň.")
			.contains("Серикжан Білаш.")
			.contains("Әділет қоғамы үшін ұлы өңір һәм ғалым.")
			.contains("Ελευθερία.");
		assertThat(PdfText.glyphs(pdf)).extracting(PdfText.Glyph::font)
			.allMatch((font) -> font.contains("DejaVu"), "every glyph in an embedded bundled font");
	}

	@Test
	void rendersArabicAndPersianRightToLeft() {
		String arabic = "الحرية للمدافعين";
		byte[] pdf = renderer.render(page("<p>" + arabic + "</p><p>آزادی برای همه</p>"));

		List<PdfText.Glyph> glyphs = PdfText.glyphs(pdf);
		List<PdfText.Glyph> firstLine = glyphs.stream().filter((g) -> g.y() == glyphs.get(0).y()).toList();
		assertThat(firstLine).filteredOn((g) -> !g.text().isBlank())
			.extracting(PdfText.Glyph::font)
			.allMatch((font) -> font.contains("NotoNaskhArabic"));
		// In visual order the first letter of the sentence stands furthest right.
		PdfText.Glyph firstLetter = firstLine.stream()
			.filter((g) -> g.text().startsWith("ا"))
			.findFirst()
			.orElseThrow();
		PdfText.Glyph lastLetter = firstLine.stream()
			.filter((g) -> g.text().startsWith("ن"))
			.reduce((a, b) -> b)
			.orElseThrow();
		assertThat(firstLetter.x()).isGreaterThan(lastLetter.x());
		// Letters are drawn in their joined (contextual) forms, not as isolated letters.
		assertThat(glyphs).anyMatch((g) -> g.text().equals("ل") && !isIsolatedForm(g));
		String text = PdfText.flatText(pdf);
		assertThat(text).contains(arabic).contains("آزادی برای همه");
	}

	@Test
	void anyTypedCharacterIsSafe() {
		String typed = "Emoji 👍🏽✊ \u200F\u202Eright-to-left override\u202C \u0000\u0007\u001B\u0085 lone \uD800 and \uDC00 "
				+ "<script>&amp; \"quotes\" 'apostrophes' ]]> \uFFFE\uFFFF end";
		byte[] pdf = renderer.render(page("<p>" + XmlText.escape(typed) + "</p>"));

		String text = PdfText.flatText(pdf);
		assertThat(text).contains("Emoji").contains("<script>&amp; \"quotes\" 'apostrophes' ]]>").contains("end");
	}

	/**
	 * Arabic Presentation Forms-B holds each letter's isolated, final, initial and medial
	 * form.
	 */
	private static boolean isIsolatedForm(PdfText.Glyph glyph) {
		char drawn = glyph.drawn().charAt(0);
		return drawn < 0xFE70 || drawn > 0xFEFF || drawn == 0xFEDD;
	}

	static String page(String body) {
		return "<html><head><style>body { font-family: " + PdfRenderer.SERIF + "; }</style></head><body>" + body
				+ "</body></html>";
	}

}
