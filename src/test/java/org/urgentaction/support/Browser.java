package org.urgentaction.support;

import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by its chromedriver, for end-to-end tests. Files
 * the page downloads land in {@link #downloads()}. Each one starts as a new browser
 * would; the Chromium behind it is shared with the browsers of other tests, one after the
 * other ({@link Chromium}).
 */
public final class Browser implements AutoCloseable {

	private final Chromium chromium;

	private final String base;

	private boolean closed;

	public Browser(int port) {
		this.base = "http://localhost:" + port;
		this.chromium = Chromium.take();
	}

	public WebDriver driver() {
		return chromium.driver();
	}

	public Path downloads() {
		return chromium.downloads();
	}

	public void open(String path) {
		driver().get(base + path);
	}

	public WebElement find(String css) {
		return driver().findElement(By.cssSelector(css));
	}

	public void type(String css, String text) {
		WebElement element = find(css);
		element.clear();
		element.sendKeys(text);
	}

	public String text() {
		return driver().findElement(By.tagName("body")).getText();
	}

	/**
	 * Logs in on the staff login page and waits for the page that follows.
	 */
	public void logIn(String email, String password) {
		open("/admin/login");
		type("input[name=username]", email);
		type("input[name=password]", password);
		WebElement page = driver().findElement(By.tagName("html"));
		find("input[name=password]").submit();
		waitUntilLeft(page);
	}

	/**
	 * Clicks and waits until the browser has left the page.
	 */
	public void clickAndWaitForNextPage(WebElement element) {
		WebElement page = driver().findElement(By.tagName("html"));
		element.click();
		waitUntilLeft(page);
	}

	/**
	 * Waits until {@code page} (a document's root element) no longer belongs to the
	 * current document. While the old document is torn down chromedriver can answer the
	 * check with an "unknown error" ("Node with given id does not belong to the
	 * document") instead of a stale-element error; that answer is asked again.
	 */
	public void waitUntilLeft(WebElement page) {
		new WebDriverWait(driver(), Duration.ofSeconds(10)).ignoring(WebDriverException.class)
			.until(ExpectedConditions.stalenessOf(page));
	}

	/**
	 * Hands the Chromium back for the next test (see {@link Chromium}).
	 */
	@Override
	public void close() {
		if (!closed) {
			closed = true;
			Chromium.giveBack(chromium, base);
		}
	}

}
