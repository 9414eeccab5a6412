package org.urgentaction.reply;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.Http;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounds of activists' replies: files as large as imports at most (413), and a number
 * per client address and hour (429).
 */
@AppTest
@TestPropertySource(properties = { "ua.replies.submissions-per-address-per-hour=2", "ua.imports.max-file-size=4KB" })
class ReplyLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	UaService uas;

	@Test
	void aFileOverTheImportLimitIs413AndTheThirdReplyInAnHourIs429() {
		Http http = new Http(port);
		UaDocument document = ReplyFixtures.caseOfTwo(uas).get(0);
		byte[] large = new byte[5000];
		System.arraycopy(ReplyFixtures.PDF, 0, large, 0, ReplyFixtures.PDF.length);
		HttpResponse<String> tooLarge = send(http, document,
				new ReplyFixtures.Multipart().field("summary", "Big").file("file", "big.pdf", large));
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.body()).contains("The file is too large");

		assertThat(send(http, document, new ReplyFixtures.Multipart().field("summary", "One")).statusCode())
			.isEqualTo(302);
		assertThat(send(http, document, new ReplyFixtures.Multipart().field("summary", "Two")).statusCode())
			.isEqualTo(302);
		HttpResponse<String> third = send(http, document, new ReplyFixtures.Multipart().field("summary", "Three"));
		assertThat(third.statusCode()).isEqualTo(429);
		assertThat(third.body()).contains("Too many replies");
	}

	private static HttpResponse<String> send(Http http, UaDocument document, ReplyFixtures.Multipart form) {
		return http.send(http.request("/replies/uas/" + document.id())
			.header("Content-Type", form.contentType())
			.POST(form.publisher())
			.build());
	}

}
