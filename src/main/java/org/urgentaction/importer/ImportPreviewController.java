package org.urgentaction.importer;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.urgentaction.ua.Localized;
import org.urgentaction.ua.UaDocumentJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/imports/preview}: the fields read from an uploaded document, with the
 * field names of {@code GET /api/uas/{id}} plus {@code warnings}. Nothing is stored.
 */
@RestController
class ImportPreviewController {

	private final DocumentReader reader;

	private final MessageSource messages;

	private final JsonMapper json;

	ImportPreviewController(DocumentReader reader, MessageSource messages, JsonMapper json) {
		this.reader = reader;
		this.messages = messages;
		this.json = json;
	}

	@PostMapping(path = "/api/imports/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Map<String, Object> preview(@RequestParam("file") MultipartFile file, Locale locale) throws IOException {
		reader.checkSize(file.getSize());
		ImportedDocument imported = reader.read(file.getOriginalFilename(), file.getBytes());
		// the language the document was read in, as the document API names it
		String language = (imported.language() == null) ? "en" : imported.language();
		UaDocumentJson document = UaDocumentJson
			.of(new Localized(imported.document(), language, language, List.of(language)), null);
		@SuppressWarnings("unchecked")
		Map<String, Object> body = new LinkedHashMap<>(json.convertValue(document, Map.class));
		if (imported.document().sequence() == 0) {
			body.put("sequence", null);
		}
		List<Map<String, String>> warnings = imported.warnings()
			.stream()
			.map((w) -> Map.of("field", w.field(), "message",
					messages.getMessage(w.messageKey(), w.args().toArray(), w.code(), locale)))
			.toList();
		body.put("warnings", warnings);
		return body;
	}

}
