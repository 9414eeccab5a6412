package org.urgentaction.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.urgentaction.support.Browser;

/**
 * axe-core (bundled under {@code src/test/resources/axe}) run in the page the browser
 * shows: its violations, each with its impact.
 */
final class Axe {

	/** One rule the page breaks. */
	record Violation(String id, String impact, String help, long nodes) {

		boolean serious() {
			return "serious".equals(impact) || "critical".equals(impact);
		}

	}

	private Axe() {
	}

	@SuppressWarnings("unchecked")
	static List<Violation> violations(Browser browser) throws IOException {
		String axe;
		try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
			axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		js.executeScript(axe);
		List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, {resultTypes: ['violations']})
				  .then((r) => done(r.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help,
				      nodes: v.nodes.length}))))
				  .catch((e) => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: 0}]));
				""");
		return found.stream()
			.map((v) -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
					((Number) v.get("nodes")).longValue()))
			.toList();
	}

}
