package org.urgentaction.ua;

import java.util.List;
import java.util.Map;

/**
 * A line another feature adds to each entry of the public list (the action counter).
 * {@code template()} is rendered with the document as {@code doc} and the value for its
 * id as {@code badge}; documents without a value show nothing.
 */
public interface UaListBadge {

	String template();

	Map<Long, Object> badges(List<UaDocument> documents);

}
