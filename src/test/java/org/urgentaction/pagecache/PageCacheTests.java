package org.urgentaction.pagecache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.support.SampleDocument;
import org.urgentaction.support.StaffClient;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaPageSection;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous visitors get the public pages from memory: rendered once (a section that
 * counts its calls shows how often), with the same entity tag, compressed once; rendered
 * anew right after a change on this node, after {@code ua.page-cache.ttl} for a change
 * made elsewhere (another node writing to the same database), and always for staff.
 */
@AppTest
@TestPropertySource(properties = "ua.page-cache.ttl=3s")
@Import(PageCacheTests.CountingSection.class)
class PageCacheTests {

	@LocalServerPort
	int port;

	@Autowired
	UaService uas;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CountingSection renders;

	@Test
	void aRepeatedVisitIsServedFromMemoryWithTheSameEntityTag() {
		Http http = new Http(port);
		String path = SampleDocument.of(uas).path();
		HttpResponse<String> first = http.get(path);
		int rendered = renders.count();
		HttpResponse<String> second = http.get(path);
		assertThat(renders.count()).isEqualTo(rendered);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
		assertThat(second.headers().firstValue("Cache-Control")).hasValue("public, max-age=0, s-maxage=60");
		assertThat(second.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(second.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(second.headers().allValues("Vary").toString().toLowerCase()).contains("accept-language",
				"accept-encoding");
		String etag = second.headers().firstValue("ETag").orElseThrow();
		assertThat(http.get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
		assertThat(renders.count()).isEqualTo(rendered);
	}

	@Test
	void browsersThatAcceptGzipGetTheCompressedPage() throws IOException {
		Http http = new Http(port);
		String path = SampleDocument.of(uas).path();
		String plain = http.get(path).body();
		HttpResponse<byte[]> zipped = http.getBytes(path, "Accept-Encoding", "gzip");
		assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(zipped.body().length).isLessThan(plain.length() / 2);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
		}
		HttpResponse<byte[]> css = http.getBytes("/css/app.css", "Accept-Encoding", "gzip");
		assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	@Test
	void eachLanguageHasItsOwnPage() {
		Http http = new Http(port);
		String path = SampleDocument.of(uas).path();
		String english = http.get(path, "Accept-Language", "en").body();
		String french = http.get(path, "Accept-Language", "fr").body();
		assertThat(french).isNotEqualTo(english).contains("lang=\"fr\"");
		assertThat(http.get(path, "Accept-Language", "fr").body()).isEqualTo(french);
		assertThat(http.get(path, "Accept-Language", "en").body()).isEqualTo(english);
	}

	@Test
	void aReportOnThisNodeShowsOnTheNextVisit() {
		Http http = new Http(port);
		UaDocument sample = SampleDocument.of(uas);
		String before = counter(http.get(sample.path()).body());
		assertThat(counter(http.get(sample.path()).body())).isEqualTo(before);
		int rendered = renders.count();
		HttpResponse<String> report = http.postJson("/api/uas/" + sample.id() + "/reports",
				"{\"channel\":\"LETTER\",\"count\":3,\"country\":\"FR\"}");
		assertThat(report.statusCode()).isEqualTo(201);
		String after = counter(http.get(sample.path()).body());
		assertThat(renders.count()).isEqualTo(rendered + 1);
		assertThat(after).isNotEqualTo(before);
	}

	private static String counter(String html) {
		Matcher counter = Pattern.compile("class=\"action-counter\"[^>]*>([^<]*)<").matcher(html);
		assertThat(counter.find()).as("the page has a counter").isTrue();
		return counter.group(1).strip();
	}

	@Test
	void aChangeMadeElsewhereShowsWithinTheTimeToLive() throws InterruptedException {
		Http http = new Http(port);
		UaDocument sample = SampleDocument.of(uas);
		// a language no other test asks for: this visit renders the page
		http.get(sample.path(), "Accept-Language", "es");
		String title = sample.title();
		// another node changes the summary: this node hears nothing of it
		String changed = "Summary changed on another node " + System.nanoTime();
		jdbc.sql("update ua_document set summary = :s where id = :id")
			.params(Map.of("s", changed, "id", sample.id()))
			.update();
		try {
			assertThat(http.get(sample.path(), "Accept-Language", "es").body()).doesNotContain(changed).contains(title);
			Thread.sleep(3100);
			assertThat(http.get(sample.path(), "Accept-Language", "es").body()).contains(changed);
		}
		finally {
			jdbc.sql("update ua_document set summary = :s where id = :id")
				.params(Map.of("s", sample.summary(), "id", sample.id()))
				.update();
		}
	}

	@Test
	void staffAndRequestsWithParametersAreAlwaysRendered() {
		String path = SampleDocument.of(uas).path();
		StaffClient staff = new StaffClient(port);
		staff.logIn(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
		staff.get(path);
		int rendered = renders.count();
		staff.get(path);
		assertThat(renders.count()).isEqualTo(rendered + 1);
		Http http = new Http(port);
		http.get(path + "?lang=en");
		http.get(path + "?lang=en");
		assertThat(renders.count()).isEqualTo(rendered + 3);
	}

	/** Counts how often the document page is rendered; shows nothing. */
	@TestConfiguration(proxyBeanMethods = false)
	static class CountingSection {

		private final AtomicInteger calls = new AtomicInteger();

		int count() {
			return calls.get();
		}

		@Bean
		UaPageSection countingSection() {
			return new UaPageSection() {
				@Override
				public String slot() {
					return SLOT_FOLLOW;
				}

				@Override
				public String template() {
					return "none";
				}

				@Override
				public Map<String, Object> model(UaDocument document) {
					calls.incrementAndGet();
					return Map.of();
				}
			};
		}

	}

}
