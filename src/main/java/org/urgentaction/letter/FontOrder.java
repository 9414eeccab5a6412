package org.urgentaction.letter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The order in which the bundled fonts are tried for a language: the CJK fonts share the
 * Chinese characters but draw them as each language writes them, so the language's own
 * comes first. DejaVu Sans, which draws some letters of many scripts, comes last.
 */
final class FontOrder {

	private FontOrder() {
	}

	static List<BundledFonts.Face> forLanguage(List<BundledFonts.Face> faces, Locale language) {
		List<String> cjk = cjkOrder(language);
		List<BundledFonts.Face> ordered = new ArrayList<>(faces);
		ordered.sort(Comparator.comparingInt((face) -> {
			int index = cjk.indexOf(face.family());
			if (face.family().equals("SansSerif")) {
				return 2 * faces.size();
			}
			return (index < 0) ? faces.indexOf(face) : faces.size() + index;
		}));
		return ordered;
	}

	private static List<String> cjkOrder(Locale language) {
		String script = language.getScript();
		String country = language.getCountry();
		return switch (language.getLanguage()) {
			case "zh" -> ("Hant".equals(script) || (script.isEmpty() && List.of("TW", "HK", "MO").contains(country)))
					? List.of("cjk-tc", "cjk-sc", "cjk-jp", "cjk-kr") : List.of("cjk-sc", "cjk-tc", "cjk-jp", "cjk-kr");
			case "ja" -> List.of("cjk-jp", "cjk-tc", "cjk-sc", "cjk-kr");
			case "ko" -> List.of("cjk-kr", "cjk-tc", "cjk-sc", "cjk-jp");
			default -> List.of("cjk-sc", "cjk-tc", "cjk-jp", "cjk-kr");
		};
	}

	/** The name a face is registered under in CSS. */
	static String cssName(BundledFonts.Face face) {
		return switch (face.family()) {
			case "Serif" -> "serif";
			case "SansSerif" -> "sans-serif";
			default -> face.family();
		};
	}

}
