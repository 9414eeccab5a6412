package org.urgentaction.reply;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of replies, described in {@code application.properties}. Attachments share the
 * size limit of imports ({@code ua.imports.max-file-size}).
 */
@ConfigurationProperties("ua.replies")
record ReplySettings(@DefaultValue("5") int submissionsPerAddressPerHour) {

}
