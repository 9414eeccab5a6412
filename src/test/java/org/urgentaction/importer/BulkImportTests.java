package org.urgentaction.importer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urgentaction.importer.corpus.CorpusFiles;
import org.urgentaction.support.AppTest;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A folder or .zip of documents becomes drafts; the report says what became of each file;
 * importing the same files again creates no duplicate.
 */
@AppTest
class BulkImportTests {

	@Autowired
	BulkImporter importer;

	@Autowired
	ImportCommand command;

	@Autowired
	UaService documents;

	static String corpus(String name) throws Exception {
		return Files.readString(Path.of("src/test/resources/importer/corpus/" + name), StandardCharsets.UTF_8);
	}

	@Test
	void aZipImportsEachDocumentOnceAndReportsEveryFile() throws Exception {
		Path zip = Files.createTempFile("archive", ".zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			add(out, "2015/iran.docx", CorpusFiles.docx(corpus("2015-iran-further-information.txt")));
			add(out, "2014/venezuela.pdf", CorpusFiles.pdf(corpus("2014-venezuela-bullets.txt")));
			add(out, "2017/philippines.txt", corpus("2017-philippines-labelled.txt").getBytes(StandardCharsets.UTF_8));
			add(out, "notes/photo.png", new byte[] { 1, 2, 3 });
			add(out, "broken.pdf", BadFiles.random(2000, 7));
			add(out, "__MACOSX/._iran.docx", new byte[] { 0 });
		}
		BulkReport first = importer.importPath(zip, "test", Locale.ENGLISH);
		System.out.print(first.text());
		assertThat(first.results()).hasSize(5);
		assertThat(first.imported() + first.importedWithWarnings()).isEqualTo(3);
		assertThat(first.failed()).isEqualTo(2);
		assertThat(first.results()).filteredOn((r) -> r.fileName().endsWith("photo.png"))
			.singleElement()
			.satisfies((r) -> assertThat(r.messages().get(0)).contains("text (.txt), Word"));
		assertThat(first.results()).filteredOn((r) -> r.fileName().endsWith("broken.pdf"))
			.singleElement()
			.satisfies((r) -> assertThat(r.messages().get(0)).contains("damaged"));
		BulkResult iran = first.results().get(0);
		assertThat(iran.outcome()).isEqualTo(BulkResult.Outcome.IMPORTED_WITH_WARNINGS);
		assertThat(documents.get(iran.documentId()).uaNumber()).isEqualTo("112/15");
		assertThat(iran.messages()).anyMatch((m) -> m.startsWith("sequence:"));

		BulkReport again = importer.importPath(zip, "test", Locale.ENGLISH);
		assertThat(again.alreadyImported()).isEqualTo(3);
		assertThat(again.imported() + again.importedWithWarnings()).isZero();
		long case112 = documents.findCaseByNumber("112/15").orElseThrow().id();
		assertThat(documents.thread(case112)).hasSize(1);
		Files.delete(zip);
	}

	@Test
	void theCommandLineImportsAFolderAndJoinsExistingCases() throws Exception {
		long case4619 = documents.findCaseByNumber("46/19").orElseThrow().id();
		int before = documents.thread(case4619).size();
		Path folder = Files.createTempDirectory("ua-archive");
		// a case holds one document per place: the sample's own place ("Second UA") is
		// taken
		byte[] sample = new String(SampleImportTests.sample(), StandardCharsets.UTF_8)
			.replace("Second UA: 46/19", "Ninth UA: 46/19")
			.concat("\ncommand line test\n")
			.getBytes(StandardCharsets.UTF_8);
		Files.write(folder.resolve("ua-46-19.txt"), sample);
		// under a UA number of its own: ImportEndToEndTests imports the Egypt UA 21/20
		// into
		// the same application, and its place in that case can be taken only once
		Files.writeString(folder.resolve("egypt.txt"),
				corpus("2020-egypt-initial.txt").replace("UA: 21/20", "UA: 121/20") + "\ncommand line test\n");
		Files.writeString(folder.resolve("not-a-ua.txt"), "Shopping list: bread, milk.");
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		int status = command.run(List.of(folder.toString()), new PrintStream(printed, true, StandardCharsets.UTF_8));
		String report = printed.toString(StandardCharsets.UTF_8);
		System.out.print(report);
		assertThat(report).contains("egypt.txt", "ua-46-19.txt", "not-a-ua.txt", "Imported: ");
		assertThat(report).containsPattern("FAILED\\s+not-a-ua.txt");
		assertThat(status).isEqualTo(1);
		assertThat(documents.thread(case4619)).hasSize(before + 1);
		int again = command.run(List.of(folder.resolve("ua-46-19.txt").getParent().toString()),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
		assertThat(again).isEqualTo(1);
		assertThat(documents.thread(case4619)).hasSize(before + 1);
	}

	private static void add(ZipOutputStream zip, String name, byte[] content) throws Exception {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}

}
