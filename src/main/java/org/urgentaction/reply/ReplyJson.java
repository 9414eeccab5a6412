package org.urgentaction.reply;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A reply as the API shows it.
 */
final class ReplyJson {

	private ReplyJson() {
	}

	static Map<String, Object> of(Reply reply, boolean staff) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", reply.id());
		json.put("caseId", reply.caseId());
		json.put("documentId", reply.documentId());
		json.put("receivedOn", reply.receivedOn());
		json.put("targetId", reply.targetId());
		json.put("from", reply.from());
		json.put("channel", reply.channel());
		json.put("summary", reply.summary());
		json.put("public", reply.isPublic());
		if (staff) {
			json.put("status", reply.status());
			json.put("source", reply.fromActivist() ? "ACTIVIST" : "STAFF");
		}
		Map<String, Object> file = null;
		if (reply.attachment() != null) {
			file = new LinkedHashMap<>();
			file.put("fileName", reply.attachment().fileName());
			file.put("contentType", reply.attachment().contentType());
			file.put("size", reply.attachment().size());
			file.put("path", staff ? ReplyLinks.staffAttachment(reply) : ReplyLinks.publicAttachment(reply));
		}
		json.put("attachment", file);
		return json;
	}

}
