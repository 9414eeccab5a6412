package org.urgentaction.pages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.urgentaction.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person on a phone or a screen reader would notice, measured in the real browser:
 * sideways scrolling, options away from their labels, and axe-core's WCAG 2.2 AA rules
 * (axe-core is bundled in the test resources, never loaded from a network).
 */
final class PageChecks {

	private static final String AXE = axeSource();

	private final Browser browser;

	private int width;

	PageChecks(Browser browser) {
		this.browser = browser;
	}

	/**
	 * The viewport of a phone or a desktop, as device emulation (touch, no scrollbars).
	 */
	void viewport(int width, int height) {
		this.width = width;
		((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 800));
	}

	void noSidewaysScroll(String page) {
		List<?> widths = (List<?>) js().executeScript(
				"return [document.documentElement.scrollWidth, document.body.scrollWidth, window.innerWidth];");
		long documentWidth = ((Number) widths.get(0)).longValue();
		long bodyWidth = ((Number) widths.get(1)).longValue();
		long viewport = ((Number) widths.get(2)).longValue();
		assertThat(viewport).as("viewport of %s", page).isEqualTo(width);
		assertThat(Math.max(documentWidth, bodyWidth)).as("width of %s at %d px (widest: %s)", page, viewport, widest())
			.isLessThanOrEqualTo(viewport);
	}

	/** The same with every folded part ({@code <details>}) unfolded. */
	void noSidewaysScrollUnfolded(String page) {
		js().executeScript("document.querySelectorAll('details').forEach((d) => d.open = true);");
		noSidewaysScroll(page + " unfolded");
	}

	/** What people type is set in regular type, not bold. */
	void typedTextRegular(String page) {
		List<?> bold = (List<?>) js().executeScript("""
				return [...document.querySelectorAll('input, textarea, select')]
				  .filter((e) => e.offsetParent && parseInt(getComputedStyle(e).fontWeight) > 400)
				  .map((e) => e.name || e.id);""");
		assertThat(bold).as("fields with bold typed text on %s", page).isEmpty();
	}

	/** Every visible radio button and checkbox has its label's first line beside it. */
	void choicesBesideTheirLabels(String page) {
		List<?> problems = (List<?>) js().executeScript(
				"""
						const problems = [];
						for (const input of document.querySelectorAll('input[type=radio], input[type=checkbox]')) {
						  const box = input.getBoundingClientRect();
						  if (box.width === 0 || box.height === 0) continue;
						  const label = input.closest('label') || (input.id && document.querySelector('label[for="' + input.id + '"]'));
						  if (!label) { problems.push((input.name || input.id) + ': no label'); continue; }
						  const range = document.createRange();
						  range.selectNodeContents(label);
						  const lines = [...range.getClientRects()].filter(r => r.width > 1 && !(r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1));
						  if (lines.length === 0) { problems.push((input.name || input.id) + ': empty label'); continue; }
						  const first = lines[0];
						  const middle = box.top + box.height / 2;
						  const beside = first.top <= middle && first.bottom >= middle;
						  const apart = first.left >= box.right - 1 || first.right <= box.left + 1;
						  if (!beside || !apart) problems.push((input.name || input.id) + '=' + input.value + ' box ' + JSON.stringify(box) + ' text ' + JSON.stringify(first));
						}
						return problems;""");
		assertThat(problems).as("radio buttons and checkboxes away from their labels on %s", page).isEmpty();
	}

	/** axe-core's serious and critical violations of WCAG 2.0 to 2.2, levels A and AA. */
	void noSeriousAccessibilityViolations(String page) {
		js().executeScript(AXE);
		Object result = js().executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
						  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
						    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
						  .catch(e => done(['axe failed: ' + e]));""");
		assertThat((List<?>) result).as("serious or critical accessibility violations on %s", page).isEmpty();
	}

	/**
	 * The top of the first element matching {@code css}, from the top of the document.
	 */
	double top(String css) {
		return ((Number) js().executeScript(
				"const e = document.querySelector(arguments[0]); return e ? e.getBoundingClientRect().top + window.scrollY : -1;",
				css))
			.doubleValue();
	}

	private String widest() {
		return String.valueOf(js().executeScript("""
				let widest = null, width = 0;
				for (const e of document.querySelectorAll('body *')) {
				  const r = e.getBoundingClientRect();
				  if (r.right > width) { width = r.right; widest = e; }
				}
				return widest ? widest.tagName + '.' + widest.className + ' right=' + width : 'none';"""));
	}

	private JavascriptExecutor js() {
		return (JavascriptExecutor) browser.driver();
	}

	private static String axeSource() {
		try (InputStream in = PageChecks.class.getResourceAsStream("/axe/axe.min.js")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
