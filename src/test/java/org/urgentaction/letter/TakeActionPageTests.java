package org.urgentaction.letter;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Take action" part of the sample UA's page before its deadline: letter forms,
 * email, fax, phone and social links, and nothing loaded from another host.
 */
@AppTest
@Import(BeforeTheDeadline.class)
class TakeActionPageTests {

	@LocalServerPort
	int port;

	@Autowired
	UaService service;

	String html;

	@BeforeEach
	void openThePage() {
		UaDocument doc = SampleUa.document(service);
		HttpResponse<String> page = new Http(port).get(doc.path());
		assertThat(page.statusCode()).isEqualTo(200);
		html = page.body();
	}

	@Test
	void eachTargetHasALetterFormPrefilledWithTheSampleLetterInItsSalutation() {
		assertThat(html).contains("Take action", "Write in Kazakh, Russian or English, or in your own language.",
				"Please act before 27 September 2019.");
		assertThat(attributes("form", "action")).contains("/uas/" + SampleUa.document(service).id() + "/letters");
		assertThat(html).contains("name=\"target\" value=\"" + SampleUa.prosecutor(service).id() + "\"",
				"name=\"target\" value=\"all\"");
		assertThat(html).contains(">Dear Prosecutor General,\nI am writing");
		assertThat(html.split("I am writing to you concerning", -1)).as("the letter is shown once").hasSize(2);
		assertThat(html).contains("name=\"target\" value=\"" + SampleUa.ambassador(service).id() + "\"",
				"Each official&#39;s letter opens with their own salutation.");
		assertThat(html).doesNotContain("_csrf");
	}

	@Test
	void theEmailLinkCarriesAddressesSubjectAndAShortenedBodyWithTheFullTextBeside() {
		List<String> mailtos = attributes("a", "href").stream().filter((href) -> href.startsWith("mailto:")).toList();
		String prosecutor = mailtos.stream()
			.filter((href) -> href.startsWith("mailto:press@prokuror.kz?"))
			.findFirst()
			.orElseThrow();
		assertThat(prosecutor.length()).isLessThanOrEqualTo(MailtoLink.MAX_LENGTH);
		String subject = decode(prosecutor.replaceAll(".*[?&]subject=([^&]*).*", "$1"));
		assertThat(subject).isEqualTo("Urgent Action 46/19: Serikzhan Bilash");
		String body = decode(prosecutor.replaceAll(".*[?&]body=([^&]*).*", "$1"));
		assertThat(body).startsWith("Dear Prosecutor General,\r\n")
			.contains("I urge you to drop the charges against Serikzhan Bilash")
			.endsWith("Yours sincerely,");
		assertThat(html).contains("Your email program receives a shortened letter", "id=\"letter-text\"");
		String ambassador = mailtos.stream()
			.filter((href) -> href.startsWith("mailto:washington@mfa.kz?"))
			.findFirst()
			.orElseThrow();
		assertThat(decode(ambassador.replaceAll(".*[?&]body=([^&]*).*", "$1"))).startsWith("Dear Ambassador,\r\n");
	}

	@Test
	void faxPhoneAndSocialLinks() {
		assertThat(html).contains("Fax number (international): +77172506402", "Download for fax");
		assertThat(attributes("a", "href")).contains("tel:+12022325488", "https://www.facebook.com/KazakhEmbassyDC");
		assertThat(html).contains("Hello, my name is … and I am calling about Serikzhan Bilash (UA 46/19).",
				"I urge you to drop the charges against Serikzhan Bilash");
		List<String> posts = attributes("a", "href").stream()
			.filter((href) -> href.startsWith("https://x.com/intent/post?text="))
			.map((href) -> decode(href.substring(href.indexOf('=') + 1)))
			.toList();
		assertThat(posts).hasSize(2);
		assertThat(posts.get(0)).startsWith("@GenProkRK ").contains("46/19", "Serikzhan Bilash");
		assertThat(posts.get(1)).startsWith("@KazakhEmbassy ");
		assertThat(posts).allSatisfy((post) -> assertThat(XPost.weight(post)).isLessThanOrEqualTo(280));
	}

	@Test
	void thePageLoadsNothingFromAnotherHost() {
		List<String> loaded = new ArrayList<>();
		loaded.addAll(attributes("script", "src"));
		loaded.addAll(attributes("img", "src"));
		loaded.addAll(attributes("iframe", "src"));
		loaded.addAll(attributes("link", "href"));
		loaded.addAll(attributes("source", "src"));
		assertThat(loaded).isNotEmpty().allSatisfy((url) -> assertThat(url).startsWith("/").doesNotStartWith("//"));
		assertThat(html).doesNotContainPattern("(?i)url\\(\\s*['\"]?(https?:)?//");
		assertThat(html).doesNotContainPattern("(?i)<(iframe|embed|object)\\b");
	}

	private List<String> attributes(String tag, String attribute) {
		List<String> values = new ArrayList<>();
		Matcher tags = Pattern.compile("<" + tag + "\\b[^>]*>", Pattern.CASE_INSENSITIVE).matcher(html);
		while (tags.find()) {
			if (tags.group().contains("rel=\"alternate\"")) {
				continue; // an alternate language or feed is a link, not something loaded
			}
			Matcher value = Pattern.compile("\\s" + attribute + "=\"([^\"]*)\"").matcher(tags.group());
			if (value.find()) {
				values.add(value.group(1).replace("&amp;", "&"));
			}
		}
		return values;
	}

	private static String decode(String value) {
		return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

}
