package org.urgentaction.letter;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.urgentaction.ua.UaDocument;

/**
 * The demands to read out on the phone: those of the sample letter (or of the summary
 * when there is no letter), at most three sentences. The page frames them with a greeting
 * and thanks ({@code letter.call.script}).
 */
final class CallScript {

	private CallScript() {
	}

	static String demands(UaDocument document) {
		String source = (document.letter() == null || document.letter().isBlank()) ? document.summary()
				: document.letter();
		List<String> demands = Sentences.demands(source)
			.stream()
			.filter((sentence) -> !sentence.toLowerCase(Locale.ROOT).startsWith("yours"))
			.limit(3)
			.toList();
		return String.join(" ", demands);
	}

	/**
	 * Whom the call is about, in the page's language: {@code Serikzhan Bilash (UA 46/19)}
	 * ({@code letter.call.about}), or the UA number alone.
	 */
	static String about(UaDocument document, MessageSource messages, Locale locale) {
		return document.personNames().isEmpty()
				? messages.getMessage("letter.call.aboutNumber", new Object[] { document.uaNumber() }, locale)
				: messages.getMessage("letter.call.about", new Object[] { document.personNames(), document.uaNumber() },
						locale);
	}

}
