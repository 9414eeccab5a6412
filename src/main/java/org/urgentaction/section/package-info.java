/**
 * National sections: the offices that bring the network's UAs to the activists of their
 * countries, each with its own version of a document (copy targets, a note), its office,
 * its subscribers and its totals.
 */
package org.urgentaction.section;
