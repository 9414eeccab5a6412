package org.urgentaction.mailing;

import java.time.LocalDate;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urgentaction.reply.NewReply;
import org.urgentaction.reply.ReplyChannel;
import org.urgentaction.reply.ReplyService;
import org.urgentaction.support.AppTest;
import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.UaDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The update mail of a case quotes its officials' public replies, never the others.
 */
@AppTest
class ReplyMailTests extends MailingTestBase {

	@Autowired
	ReplyService replies;

	@Test
	void anUpdateMailQuotesThePublicRepliesOfTheCase() {
		String email = "replies-" + System.nanoTime() + "@example.org";
		subscribeConfirmed(email, "\"countries\":[\"MN\"]");
		UaDocument first = MailTestSupport.publish(documents, "641/07", DocumentKind.INITIAL, "Mongolia",
				LocalDate.now().plusDays(20));
		MimeMessage initial = awaitMail(email, 2);
		assertThat(MailTestSupport.part(initial, "text/plain")).doesNotContain("The officials replied");

		replies.log(first.id(), new NewReply(LocalDate.now(), null, "Office of the Prosecutor General",
				ReplyChannel.LETTER, "The case is under review by the prosecutor.", true), null, "test");
		replies.log(first.id(), new NewReply(LocalDate.now(), null, "Ministry of Justice", ReplyChannel.EMAIL,
				"Internal note that stays with staff.", false), null, "test");
		MailTestSupport.publish(documents, "641/07", DocumentKind.FOLLOW_UP, "Mongolia", LocalDate.now().plusDays(20));
		MimeMessage update = awaitMail(email, 3);

		for (String type : List.of("text/plain", "text/html")) {
			assertThat(MailTestSupport.part(update, type)).as(type)
				.contains("The officials replied", "Office of the Prosecutor General",
						"The case is under review by the prosecutor.")
				.doesNotContain("Internal note that stays with staff.");
		}
	}

}
