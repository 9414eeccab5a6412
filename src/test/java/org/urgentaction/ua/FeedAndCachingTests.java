package org.urgentaction.ua;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.SampleDocument;
import org.urgentaction.support.Http;
import org.urgentaction.support.StaffClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Atom feed is well-formed Atom, and public pages can be cached by browsers and
 * shared caches for anonymous visitors but not for staff.
 */
@AppTest
class FeedAndCachingTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@LocalServerPort
	int port;

	@Autowired
	UaService service;

	@Test
	void theFeedIsStructurallyValidAtom() throws Exception {
		HttpResponse<String> response = new Http(port).get("/feed.atom");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/atom+xml"));
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document xml = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
		Element feed = xml.getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(URI.create(text(feed, "id")).isAbsolute()).isTrue();
		assertThat(text(feed, "title")).isNotBlank();
		OffsetDateTime.parse(text(feed, "updated"));
		assertThat(children(feed, "author")).hasSize(1);
		List<Element> entries = children(feed, "entry");
		assertThat(entries).isNotEmpty();
		List<String> ids = new ArrayList<>();
		for (Element entry : entries) {
			ids.add(text(entry, "id"));
			assertThat(URI.create(text(entry, "id")).isAbsolute()).isTrue();
			assertThat(text(entry, "title")).isNotBlank();
			OffsetDateTime.parse(text(entry, "updated"));
			List<Element> links = children(entry, "link");
			assertThat(links).anySatisfy((link) -> {
				assertThat(link.getAttribute("rel")).isEqualTo("alternate");
				assertThat(URI.create(link.getAttribute("href")).isAbsolute()).isTrue();
			});
		}
		assertThat(ids).doesNotHaveDuplicates();
		assertThat(response.body()).contains("UA 46/19 (Kazakhstan): Human rights defender facing bogus charges");
	}

	@Test
	void publicPagesCarryValidatorsAndMayBeCachedForAnonymousVisitors() {
		Http http = new Http(port);
		long id = SampleDocument.of(service).id();
		String path = UaLinks.path(service.get(id));
		for (String page : List.of(path, "/uas", "/feed.atom")) {
			HttpResponse<String> first = http.get(page);
			assertThat(first.headers().firstValue("Cache-Control")).as(page)
				.hasValueSatisfying((value) -> assertThat(value).contains("public", "max-age=0", "s-maxage=60"));
			String etag = first.headers().firstValue("ETag").orElseThrow();
			HttpResponse<String> again = http.get(page, "If-None-Match", etag);
			assertThat(again.statusCode()).as(page).isEqualTo(304);
			assertThat(again.body()).isEmpty();
		}
		StaffClient staff = new StaffClient(port);
		staff.logIn(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
		assertThat(staff.get(path).headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).doesNotContain("public"));
		assertThat(staff.get("/admin/uas").headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
	}

	private static String text(Element parent, String name) {
		List<Element> found = children(parent, name);
		assertThat(found).as(name).hasSize(1);
		return found.get(0).getTextContent();
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && ATOM.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

}
