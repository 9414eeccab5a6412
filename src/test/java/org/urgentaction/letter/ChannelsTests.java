package org.urgentaction.letter;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.Person;
import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pieces each channel is made of: mailto links, X posts, phone numbers, default
 * letters and safe XML text.
 */
class ChannelsTests {

	@Test
	void aShortLetterGoesWholeIntoTheMailtoLink() {
		MailtoLink link = MailtoLink.of(List.of("a@example.org", "b+x@example.org"), "UA 1/26: Ада & Ян",
				"Dear Minister,\nRelease them.\nYours sincerely,");

		assertThat(link.shortened()).isFalse();
		assertThat(link.href()).startsWith("mailto:a@example.org,b%2Bx@example.org?subject=")
			.contains("&body=Dear%20Minister%2C%0D%0ARelease%20them.%0D%0AYours%20sincerely%2C");
		assertThat(URLDecoder.decode(link.href().replaceAll(".*subject=([^&]*).*", "$1"), StandardCharsets.UTF_8))
			.isEqualTo("UA 1/26: Ада & Ян");
	}

	@Test
	void aLongLetterIsShortenedToGreetingOpeningDemandsAndSignOff() {
		String letter = "Dear Minister,\n" + "The journalist was arrested on 1 May. ".repeat(40)
				+ "I urge you to release her immediately.\nYours sincerely,";
		MailtoLink link = MailtoLink.of(List.of("minister@example.org"), "UA 1/26", letter);

		assertThat(link.shortened()).isTrue();
		assertThat(link.href().length()).isLessThanOrEqualTo(MailtoLink.MAX_LENGTH);
		assertThat(link.body()).startsWith("Dear Minister,\nThe journalist was arrested on 1 May.")
			.contains("…\nI urge you to release her immediately.")
			.endsWith("Yours sincerely,");
		String cyrillic = "Уважаемый министр, освободите журналистку немедленно и безоговорочно. ".repeat(60);
		MailtoLink cut = MailtoLink.of(List.of("minister@example.org"), "UA 1/26", cyrillic);
		assertThat(cut.shortened()).isTrue();
		assertThat(cut.href().length()).isLessThanOrEqualTo(MailtoLink.MAX_LENGTH);
		assertThat(cut.body()).endsWith("…");
	}

	@Test
	void postsAreWeighedAsXWeighsThem() {
		assertThat(XPost.weight("Hello https://example.org/a/very/long/path/that/is/longer/than/23")).isEqualTo(6 + 23);
		assertThat(XPost.weight("自由")).isEqualTo(4);
		assertThat(XPost.weight("👍")).isEqualTo(2);
		assertThat(XPost.weight("Свобода")).isEqualTo(7);
		String fitted = XPost.fit("word ".repeat(100), 100);
		assertThat(XPost.weight(fitted)).isLessThanOrEqualTo(100);
		assertThat(fitted).endsWith("…");
		assertThat(XPost.of("@GenProkRK Free him").href())
			.isEqualTo("https://x.com/intent/post?text=%40GenProkRK%20Free%20him");
	}

	@Test
	void numbersInInternationalFormat() {
		assertThat(PhoneNumber.international("+7 7172 506 402", "Kazakhstan")).hasValue("+77172506402");
		assertThat(PhoneNumber.international("202 232 5488", "United States")).hasValue("+12022325488");
		assertThat(PhoneNumber.international("0044 20 7413 5500", null)).hasValue("+442074135500");
		assertThat(PhoneNumber.international("(030) 420248-0", "Germany")).hasValue("+49304202480");
		assertThat(PhoneNumber.international("ask the embassy", "Germany")).isEmpty();
		assertThat(PhoneNumber.of("12", "Narnia").telHref()).isNull();
	}

	@Test
	void withoutASampleLetterTheLetterIsMadeFromSalutationSummaryAndSignOff() {
		Target minister = new Target(1L, "Minister", "A Minister", null, List.of(), "Kazakhstan", List.of(), List.of(),
				List.of(), List.of(), List.of(), "Dear Minister", false);
		Target copy = new Target(2L, "Ambassador", "An Ambassador", null, List.of(), null, List.of(), List.of(),
				List.of(), List.of(), List.of(), null, true);
		UaDocument old = new UaDocument(1L, 1L, null, DocumentKind.INITIAL, 1, "12/05", null, "Kazakhstan",
				LocalDate.of(2005, 1, 1), null, "Title", "Release the journalist now.", List.of(new Person("X", null)),
				List.of(minister, copy), null, null, List.of(), null, List.of(), null, null, null, 0);

		assertThat(DefaultLetter.forTarget(old, minister))
			.isEqualTo("Dear Minister,\n\nRelease the journalist now.\n\nYours sincerely,");
		assertThat(DefaultLetter.forTarget(old, copy)).startsWith("Dear Ambassador,\n");
		assertThat(DefaultLetter.addressedTo(old, copy, "Dear Minister,\nText")).isEqualTo("Dear Ambassador,\nText");
		assertThat(DefaultLetter.addressedTo(old, copy, "Hello friend,\nText")).isEqualTo("Hello friend,\nText");
	}

	@Test
	void textIsCleanedOfWhatXmlCannotCarry() {
		assertThat(XmlText.clean("a\u0000b\u0007c\r\nd\uD800e\uDC00f\uFFFEg😀")).isEqualTo("abc\ndefg😀");
		assertThat(XmlText.escape("<a href='x'>&</a>\"")).isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;&quot;");
	}

}
