package org.urgentaction.reply;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A reply as a coordinator logs it (the JSON body of {@code POST /api/uas/{id}/replies}
 * and the staff form).
 */
public record NewReply(LocalDate receivedOn, Long targetId, String from, ReplyChannel channel, String summary,
		@JsonProperty("public") Boolean isPublic) {

}
