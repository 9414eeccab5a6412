package org.urgentaction.ua;

/**
 * Published, inside the transaction that publishes a document: listeners that must not
 * miss it (the mailing outbox) take part in that transaction.
 */
public record UaDocumentPublished(long documentId, long caseId, DocumentKind kind) {

}
