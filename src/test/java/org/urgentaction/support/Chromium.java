package org.urgentaction.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The Chromium processes of a test run. Starting one costs seconds, so a {@link Browser}
 * that is closed hands its Chromium back, and the next {@link Browser} gets it in the
 * state of a new one: a new tab (no emulation, scripts on), no cookies, no cache, no
 * stored data, the default window size and timeouts, an empty downloads folder. A
 * Chromium that cannot be brought back to that state is quit. The idle ones are quit when
 * the JVM exits.
 */
final class Chromium {

	static final Duration PAGE_LOAD_TIMEOUT = Duration.ofSeconds(30);

	private static final Dimension WINDOW = new Dimension(1280, 1000);

	private static final Deque<Chromium> idle = new ArrayDeque<>();

	private static final List<Chromium> started = new ArrayList<>();

	private final ChromeDriver driver;

	private final Path downloads;

	private Chromium(ChromeDriver driver, Path downloads) {
		this.driver = driver;
		this.downloads = downloads;
	}

	ChromeDriver driver() {
		return driver;
	}

	Path downloads() {
		return downloads;
	}

	static Chromium take() {
		synchronized (idle) {
			if (!idle.isEmpty()) {
				return idle.pop();
			}
		}
		return start();
	}

	/**
	 * Takes back a Chromium a test is done with; {@code origin} is the address the test
	 * visited.
	 */
	static void giveBack(Chromium chromium, String origin) {
		try {
			chromium.reset(origin);
		}
		catch (RuntimeException | IOException ex) {
			chromium.quit();
			return;
		}
		synchronized (idle) {
			idle.push(chromium);
		}
	}

	private void reset(String origin) throws IOException {
		String fresh = driver.switchTo().newWindow(WindowType.TAB).getWindowHandle();
		for (String handle : driver.getWindowHandles()) {
			if (!handle.equals(fresh)) {
				driver.switchTo().window(handle).close();
			}
		}
		driver.switchTo().window(fresh);
		driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
		driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
		driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD_TIMEOUT);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		driver.manage().window().setSize(WINDOW);
		try (Stream<Path> files = Files.walk(downloads)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				if (!file.equals(downloads)) {
					Files.delete(file);
				}
			}
		}
	}

	private void quit() {
		synchronized (idle) {
			started.remove(this);
		}
		try {
			driver.quit();
		}
		catch (RuntimeException ex) {
			// already gone
		}
	}

	private static Chromium start() {
		Path downloads;
		try {
			downloads = Files.createTempDirectory("ua-downloads");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(env("UA_CHROMIUM", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight());
		options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
				"download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(env("UA_CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD_TIMEOUT);
		Chromium chromium = new Chromium(driver, downloads);
		synchronized (idle) {
			if (started.isEmpty()) {
				Runtime.getRuntime().addShutdownHook(new Thread(Chromium::quitAll, "quit-chromium"));
			}
			started.add(chromium);
		}
		return chromium;
	}

	private static void quitAll() {
		List<Chromium> all;
		synchronized (idle) {
			all = new ArrayList<>(started);
		}
		all.forEach(Chromium::quit);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
