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

	static String submit(long documentId) {
		return "/uas/" + documentId + "/replies";
	}

	static String caseReplies(long documentId) {
		return "/admin/uas/" + documentId + "/replies";
	}

}
