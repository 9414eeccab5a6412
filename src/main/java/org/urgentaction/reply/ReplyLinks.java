package org.urgentaction.reply;

/**
 * Addresses of the reply pages and files.
 */
final class ReplyLinks {

	private ReplyLinks() {
	}

	static String publicAttachment(Reply reply) {
		return "/replies/" + reply.id() + "/file";
	}

	static String staffAttachment(Reply reply) {
		return "/admin/replies/" + reply.id() + "/file";
	}

	static String submitForm(long documentId) {
		return "/uas/" + documentId + "/replies/new";
	}

	/** Under an upload path ({@code ua.web.upload-paths}). */
	static String submit(long documentId) {
		return "/replies/uas/" + documentId;
	}

	/** Under an upload path ({@code ua.web.upload-paths}). */
	static String log(long documentId) {
		return "/admin/replies/uas/" + documentId;
	}

	static String caseReplies(long documentId) {
		return "/admin/uas/" + documentId + "/replies";
	}

}
