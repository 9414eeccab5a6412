package org.urgentaction.importer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.urgentaction.importer.corpus.CorpusFiles;
import org.urgentaction.importer.extract.ExtractionLimits;
import org.urgentaction.importer.extract.Extractors;
import org.urgentaction.importer.extract.UnsupportedFormatException;
import org.urgentaction.system.AppProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One extractor per format: text in its encodings, Word with tables, PDF without its page
 * furniture; the format chosen by the name's ending or, without one, by the content.
 */
class ExtractionTests {

	private final Extractors extractors = Extractors.standard();

	private static final String TEXT = "Dear Minister/Estimado Señor Secretario,\n“Quoted” – café Ünal\nYours sincerely,\n";

	String extract(String name, byte[] content) {
		return extractors.forFile(name, content).extract(content, ExtractionLimits.DEFAULT);
	}

	@Test
	void plainTextInEveryEncodingCoordinatorsMeet() {
		assertThat(extract("a.txt", TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		assertThat(extract("a.txt", concat(bom, TEXT.getBytes(StandardCharsets.UTF_8)))).isEqualTo(TEXT);
		assertThat(extract("a.txt",
				concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, TEXT.getBytes(StandardCharsets.UTF_16LE))))
			.isEqualTo(TEXT);
		assertThat(extract("a.txt",
				concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, TEXT.getBytes(StandardCharsets.UTF_16BE))))
			.isEqualTo(TEXT);
		assertThat(extract("a.txt", TEXT.getBytes(Charset.forName("windows-1252")))).isEqualTo(TEXT);
	}

	@Test
	void wordParagraphsAndTableCells() throws Exception {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("Second UA: 46/19");
			XWPFTable table = document.createTable(1, 2);
			table.getRow(0).getCell(0).setText("Prosecutor General");
			table.getRow(0).getCell(1).setText("H.E. Erzhan Kazykhanov");
			document.write(out);
			String text = extract("ua.docx", out.toByteArray());
			assertThat(text).contains("Second UA: 46/19\n", "Prosecutor General\n", "H.E. Erzhan Kazykhanov\n");
		}
	}

	@Test
	void pdfLosesHeadersPageNumbersAndHardLineBreaks() throws Exception {
		String text = new String(SampleImportTests.sample(), StandardCharsets.UTF_8);
		String extracted = extract("ua.pdf", CorpusFiles.pdf(text));
		assertThat(extracted).doesNotContain("Page 1 of", "Page 2 of", "Amnesty International - Urgent Action");
		String paragraph = text.lines()
			.filter((line) -> line.startsWith("The Kazakh government has been reluctant"))
			.findFirst()
			.orElseThrow()
			.strip();
		assertThat(extracted).contains(paragraph);
		assertThat(extracted).contains("Prosecutor General\nNurdauletov Gizat Daurenbekovich\nProspect Mengilik, 14\n");
	}

	@Test
	void aFileWithoutEndingIsRecognisedByItsContent() {
		assertThat(extractors.forFile("upload", CorpusFiles.pdf("Hello")).format()).isEqualTo("pdf");
		assertThat(extractors.forFile("upload", CorpusFiles.docx("Hello")).format()).isEqualTo("docx");
		assertThat(extractors.forFile("upload", "Hello".getBytes()).format()).isEqualTo("txt");
		assertThatThrownBy(() -> extractors.forFile("photo.jpeg", new byte[] { 1 }))
			.isInstanceOf(UnsupportedFormatException.class);
	}

	@Test
	void readingThatTakesTooLongIsStopped() {
		AppProperties properties = new Binder(
				new MapConfigurationPropertySource(Map.of("ua.imports.parse-timeout", "1ms")))
			.bindOrCreate("ua", AppProperties.class);
		DocumentReader reader = new DocumentReader(properties);
		try {
			byte[] pdf = CorpusFiles.pdf(new String(BadFiles.longText(150_000), StandardCharsets.UTF_8));
			assertThatThrownBy(() -> reader.read("long.pdf", pdf)).isInstanceOf(ImportFailedException.class)
				.extracting((ex) -> ((ImportFailedException) ex).reason())
				.isEqualTo("timeout");
		}
		finally {
			reader.destroy();
		}
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = new byte[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

}
