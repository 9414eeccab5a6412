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
 * {@code java ... CorpusDump src/test/resources/importer/corpus/x.txt}.
 */
public final class CorpusDump {

	private CorpusDump() {
	}

	public static void main(String[] args) throws Exception {
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		for (String arg : args) {
			var parsed = new UaParser().parse(Files.readString(Path.of(arg)));
			System.out.println("=== " + arg + " (" + parsed.layout() + ")");
			System.out.println(json.writeValueAsString(UaDocumentJson.of(parsed.document(), null)));
			parsed.warnings()
				.forEach((w) -> System.out.println("  warning " + w.field() + " " + w.code() + " " + w.args()));
		}
	}

}
