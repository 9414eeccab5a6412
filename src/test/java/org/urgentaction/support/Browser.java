package org.urgentaction.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by its chromedriver, for end-to-end tests. Files
 * the page downloads land in {@link #downloads()}.
 */
public final class Browser implements AutoCloseable {

	private final WebDriver driver;

	private final Path downloads;

	private final String base;

	public Browser(int port) {
		this.base = "http://localhost:" + port;
		try {
			this.downloads = Files.createTempDirectory("ua-downloads");
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(env("UA_CHROMIUM", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1280,1000");
		options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
				"download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(env("UA_CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	public WebDriver driver() {
		return driver;
	}

	public Path downloads() {
		return downloads;
	}

	public void open(String path) {
		driver.get(base + path);
	}

	public WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	public void type(String css, String text) {
		WebElement element = find(css);
		element.clear();
		element.sendKeys(text);
	}

	public String text() {
		return driver.findElement(By.tagName("body")).getText();
	}

	/**
	 * Logs in on the staff login page and waits for the page that follows.
	 */
	public void logIn(String email, String password) {
		open("/admin/login");
		type("input[name=username]", email);
		type("input[name=password]", password);
		WebElement page = driver.findElement(By.tagName("html"));
		find("input[name=password]").submit();
		waitUntilLeft(page);
	}

	/**
	 * Clicks and waits until the browser has left the page.
	 */
	public void clickAndWaitForNextPage(WebElement element) {
		WebElement page = driver.findElement(By.tagName("html"));
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
		new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
			.until(ExpectedConditions.stalenessOf(page));
	}

	@Override
	public void close() {
		driver.quit();
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
