package org.urgentaction.letter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which ways to act a UA page offers first. Described in {@code application.properties};
 * staff set the postal time of single countries on the page {@code /admin/postal-days}.
 */
@ConfigurationProperties("ua.channels")
record ChannelSettings(@DefaultValue("7") int postalDays) {

}
