package org.urgentaction.importer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.urgentaction.system.AppProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * When the parse timeout fires, the import is refused and its work stops too: a PDF whose
 * page inflates to hundreds of megabytes no longer keeps a worker busy afterwards.
 */
class ImportTimeoutTests {

	@Test
	void theWorkStopsWhenTheTimeoutFires() throws Exception {
		AppProperties properties = new Binder(
				new MapConfigurationPropertySource(Map.of("ua.imports.parse-timeout", "1s")))
			.bindOrCreate("ua", AppProperties.class);
		DocumentReader reader = new DocumentReader(properties);
		byte[] bomb = inflatingPdf(256);
		try {
			long start = System.nanoTime();
			assertThatThrownBy(() -> reader.read("bomb.pdf", bomb)).isInstanceOf(ImportFailedException.class)
				.hasMessageContaining("timeout");
			assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
			long refused = System.nanoTime();
			while (busyReaders() > 0 && System.nanoTime() - refused < 20_000_000_000L) {
				Thread.sleep(50);
			}
			long stoppedAfter = (System.nanoTime() - refused) / 1_000_000;
			System.out.println("ImportTimeoutTests: the worker stopped " + stoppedAfter + " ms after the timeout");
			assertThat(stoppedAfter).as("the worker stops soon after the timeout").isLessThan(8_000);
		}
		finally {
			reader.destroy();
		}
	}

	private static long busyReaders() {
		return Thread.getAllStackTraces()
			.entrySet()
			.stream()
			.filter((e) -> e.getKey().getName().startsWith("document-reader"))
			.filter((e) -> Arrays.stream(e.getValue()).anyMatch((f) -> f.getClassName().contains("pdfbox")))
			.count();
	}

	/**
	 * A one-page PDF whose content stream inflates to {@code megabytes} of drawing
	 * operators.
	 */
	static byte[] inflatingPdf(int megabytes) throws Exception {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		byte[] chunk = "q Q\n".repeat(256 * 1024).getBytes(StandardCharsets.US_ASCII);
		try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed, new Deflater(9))) {
			for (int i = 0; i < megabytes; i++) {
				deflate.write(chunk);
			}
		}
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		pdf.writeBytes(("%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
				+ "2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
				+ "3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>> endobj\n"
				+ "4 0 obj <</Length " + compressed.size() + "/Filter/FlateDecode>>\nstream\n")
			.getBytes(StandardCharsets.US_ASCII));
		pdf.writeBytes(compressed.toByteArray());
		pdf.writeBytes("\nendstream\nendobj\ntrailer <</Root 1 0 R>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		return pdf.toByteArray();
	}

}
