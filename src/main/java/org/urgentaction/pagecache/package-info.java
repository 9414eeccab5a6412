/**
 * Public pages kept in memory: the list of UAs and each document's page, as rendered for
 * anonymous visitors, per address, language and day, so that a popular page costs no
 * queries and no template rendering. Each node keeps its own copy, which is renewed after
 * {@code ua.page-cache.ttl} (so changes made on other nodes show within seconds) and at
 * once after a change on this node.
 */
package org.urgentaction.pagecache;
