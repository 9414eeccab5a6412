package org.urgentaction.letter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Browser;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An activist in headless Chromium, without writing any script, composes a letter to the
 * Prosecutor General on the sample UA's page and downloads it as PDF.
 */
@AppTest
@Import(BeforeTheDeadline.class)
class LetterBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	UaService service;

	@Test
	void composeAndDownloadALetter() throws Exception {
		long target = SampleUa.prosecutor(service).id();
		try (Browser browser = new Browser(port)) {
			browser.open(SampleUa.document(service).path());
			browser.type("#name-sender", "Айгерим Сапарова");
			browser.type("#address-sender", "ул. Абая 10");
			browser.type("#city-sender", "050000 Алматы");
			browser.type("#country-sender", "Қазақстан");
			browser.find("details.letter-edit summary").click();
			String text = browser.find("#letter-text").getAttribute("value");
			assertThat(text).startsWith("Dear Prosecutor General,");
			browser.find("#letter-text").sendKeys("\nӘділ сот керек: Серикжан Білашты босатыңыз!");
			browser.find("#act-" + target + " button.download-letter").click();

			Path pdf = awaitDownload(browser.downloads());
			byte[] bytes = Files.readAllBytes(pdf);
			String content = PdfText.flatText(bytes);
			assertThat(content).contains("Prosecutor General Nurdauletov Gizat Daurenbekovich Prospect Mengilik, 14",
					"Айгерим Сапарова", "ул. Абая 10", "050000 Алматы", "Қазақстан", "Dear Prosecutor General,",
					"I urge you to drop the charges", "Әділ сот керек: Серикжан Білашты босатыңыз!");
		}
	}

	private static Path awaitDownload(Path folder) throws IOException, InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(until)) {
			try (Stream<Path> files = Files.list(folder)) {
				Optional<Path> pdf = files.filter((file) -> file.toString().endsWith(".pdf")).findFirst();
				if (pdf.isPresent() && Files.size(pdf.get()) > 0) {
					return pdf.get();
				}
			}
			Thread.sleep(200);
		}
		throw new AssertionError("No PDF downloaded into " + folder);
	}

}
