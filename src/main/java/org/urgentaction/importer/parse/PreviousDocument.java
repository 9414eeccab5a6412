package org.urgentaction.importer.parse;

import java.time.LocalDate;

/**
 * The document an update names as the one it follows, e.g. {@code MDE 29/005/1994} of 3
 * June 1994 in "Further information on UA 211/94 (MDE 29/05/94, 3 June 1994)".
 */
public record PreviousDocument(String aiIndex, LocalDate issueDate) {

}
