package org.urgentaction.importer.extract;

/**
 * One line of text as PDFBox placed it on the page: where it starts and ends
 * horizontally, its baseline and its height.
 */
record PdfLine(String text, float startX, float endX, float y, float height) {

}
