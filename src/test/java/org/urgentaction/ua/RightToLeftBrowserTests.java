package org.urgentaction.ua;

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
 * In a right-to-left language the pages are laid out from the right and stay inside the
 * window: nothing pushes the content out of view.
 */
@AppTest
class RightToLeftBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	UaService service;

	@Test
	void arabicPagesAreLaidOutRightToLeftInsideTheWindow() {
		try (Browser browser = new Browser(port)) {
			for (String path : new String[] { "/uas?lang=ar", SampleDocument.of(service).path() }) {
				browser.open(path);
				JavascriptExecutor js = (JavascriptExecutor) browser.driver();
				@SuppressWarnings("unchecked")
				Map<String, Object> layout = (Map<String, Object>) js.executeScript("""
						const h = document.querySelector('h1').getBoundingClientRect();
						return { dir: document.documentElement.dir, width: window.innerWidth,
						    left: h.left, right: h.right, scrollWidth: document.documentElement.scrollWidth };""");
				assertThat(layout.get("dir")).as(path).isEqualTo("rtl");
				double width = ((Number) layout.get("width")).doubleValue();
				assertThat(((Number) layout.get("left")).doubleValue()).as(path).isGreaterThanOrEqualTo(0);
				assertThat(((Number) layout.get("right")).doubleValue()).as(path).isLessThanOrEqualTo(width);
				assertThat(((Number) layout.get("scrollWidth")).doubleValue()).as(path).isLessThanOrEqualTo(width);
			}
		}
	}

}
