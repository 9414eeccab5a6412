package org.urgentaction.importer.corpus;

import java.nio.file.Files;
import java.nio.file.Path;

import org.urgentaction.importer.parse.UaParser;
import org.urgentaction.ua.UaDocumentJson;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints what the parser reads from a corpus text as JSON, to start writing the expected
 * fields of a new corpus document (which a person then checks line by line):
 * {@code java ... CorpusDump [--as=pdf|docx] src/test/resources/importer/corpus/x.txt}
 * (with {@code --as}, the text is first made into that format and extracted again).
 */
public final class CorpusDump {

	private CorpusDump() {
	}

	public static void main(String[] args) throws Exception {
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		String format = "txt";
		for (String arg : args) {
			if (arg.startsWith("--as=")) {
				format = arg.substring(5);
				continue;
			}
			String text = Files.readString(Path.of(arg));
			if (!format.equals("txt")) {
				byte[] content = CorpusAccuracyTests.inFormat(text, format);
				text = org.urgentaction.importer.extract.Extractors.standard()
					.forFile("x." + format, content)
					.extract(content, org.urgentaction.importer.extract.ExtractionLimits.DEFAULT);
				System.out.println(text);
			}
			var parsed = new UaParser().parse(text);
			System.out.println("=== " + arg + " (" + parsed.layout() + ")");
			System.out.println(json.writeValueAsString(UaDocumentJson.of(parsed.document(), null)));
			parsed.warnings()
				.forEach((w) -> System.out.println("  warning " + w.field() + " " + w.code() + " " + w.args()));
		}
	}

}
