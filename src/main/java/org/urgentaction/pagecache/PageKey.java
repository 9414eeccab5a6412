package org.urgentaction.pagecache;

import java.time.LocalDate;

/**
 * A page as one anonymous visitor sees it: its address, the interface language and the
 * day (deadlines count down in days).
 */
record PageKey(String path, String language, LocalDate day) {

}
