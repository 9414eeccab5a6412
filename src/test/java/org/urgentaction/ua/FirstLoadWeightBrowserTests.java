package org.urgentaction.ua;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Browser;
import org.urgentaction.support.SampleDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first visit (empty browser cache) of a UA page transfers at most 40 KB in all: the
 * page, its stylesheet, scripts and fonts, compressed as sent, headers included (the
 * browser's own Resource Timing figures), and loads nothing from another host.
 */
@AppTest
class FirstLoadWeightBrowserTests {

	static final long MAX_BYTES = 40 * 1024;

	private static final String TRANSFERS = """
			const nav = performance.getEntriesByType('navigation')[0];
			const resources = performance.getEntriesByType('resource');
			return {
			  page: nav.transferSize,
			  encoding: nav.encodedBodySize < nav.decodedBodySize,
			  resources: resources.map((r) => ({ name: r.name, bytes: r.transferSize }))
			};
			""";

	@LocalServerPort
	int port;

	@Autowired
	UaService service;

	@Test
	void theLiveExampleAndTheSampleWeighAtMost40KilobytesOnFirstLoad() {
		UaDocument example = service.thread(service.findCaseByNumber(LiveExample.NUMBER).orElseThrow().id()).get(0);
		for (String path : List.of(UaLinks.path(example), SampleDocument.of(service).path(), "/uas")) {
			try (Browser browser = new Browser(port)) {
				browser.open(path);
				@SuppressWarnings("unchecked")
				Map<String, Object> transfers = (Map<String, Object>) ((JavascriptExecutor) browser.driver())
					.executeScript(TRANSFERS);
				@SuppressWarnings("unchecked")
				List<Map<String, Object>> resources = (List<Map<String, Object>>) transfers.get("resources");
				long total = ((Number) transfers.get("page")).longValue();
				for (Map<String, Object> resource : resources) {
					assertThat((String) resource.get("name")).as(path).startsWith("http://localhost:" + port + "/");
					total += ((Number) resource.get("bytes")).longValue();
				}
				assertThat(transfers.get("encoding")).as("%s is sent compressed", path).isEqualTo(true);
				assertThat(total).as("bytes transferred for %s: page and %s", path, resources)
					.isPositive()
					.isLessThanOrEqualTo(MAX_BYTES);
			}
		}
	}

}
