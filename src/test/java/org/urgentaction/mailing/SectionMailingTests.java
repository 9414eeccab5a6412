package org.urgentaction.mailing;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urgentaction.section.SectionVersions;
import org.urgentaction.support.AppTest;
import org.urgentaction.ua.DocumentKind;
import org.urgentaction.ua.Target;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaDocumentJson.TargetJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subscribers of two sections (the sample US and FR) receive a new UA as their section
 * sends it: its copy targets and note, its sender name and its postal address; a
 * subscriber in a country without a section receives the network's.
 */
@AppTest
class SectionMailingTests extends MailingTestBase {

	@Autowired
	SectionVersions versions;

	@Test
	void subscribersReceiveTheirSectionsVersion() throws Exception {
		subscribe("us-member@example.org", "US");
		subscribe("fr-member@example.org", "FR");
		subscribe("ke-member@example.org", "KE");

		UaDocument draft = documents.createDraft(
				MailTestSupport.draft("811/26", DocumentKind.INITIAL, "Belarus", LocalDate.now().plusDays(20)), "test");
		versions.save(draft.id(), "US",
				List.of(new TargetJson(null, "Ambassador", "H.E. Belarus Ambassador",
						"Embassy of Belarus in Washington", List.of("1619 New Hampshire Ave NW", "Washington DC 20009"),
						"United States", List.of("usa@mfa.gov.by"), null, null, null, null, null, true)),
				"Members in the US: please copy the Embassy.", "test");
		versions.save(draft.id(), "FR",
				List.of(new TargetJson(null, "Ambassadeur", null, "Ambassade du Bélarus en France",
						List.of("38 boulevard Suchet", "75016 Paris"), "France", List.of(), null, null, null, null,
						null, true)),
				null, "test");
		documents.publish(draft.id(), "test");

		MimeMessage us = awaitMail("us-member@example.org", 2);
		MimeMessage fr = awaitMail("fr-member@example.org", 2);
		MimeMessage ke = awaitMail("ke-member@example.org", 2);

		String usText = MailTestSupport.part(us, "text/plain");
		assertThat(usText)
			.contains("H.E. Belarus Ambassador", "Members in the US: please copy the Embassy.",
					"311 West 43rd Street, 7th Floor, New York, NY 10036", "?section=US")
			.doesNotContain("Ambassade du Bélarus");
		assertThat(MailTestSupport.part(us, "text/html")).contains("H.E. Belarus Ambassador", "postal-address");
		assertThat(((InternetAddress) us.getFrom()[0]).getPersonal())
			.isEqualTo("Amnesty International USA Urgent Action Network");

		String frText = MailTestSupport.part(fr, "text/plain");
		assertThat(frText).contains("Ambassade du Bélarus en France", "76 boulevard de la Villette")
			.doesNotContain("H.E. Belarus Ambassador", "311 West 43rd Street");
		assertThat(((InternetAddress) fr.getFrom()[0]).getPersonal())
			.isEqualTo("Amnesty International France – Actions urgentes");

		String keText = MailTestSupport.part(ke, "text/plain");
		assertThat(keText).doesNotContain("H.E. Belarus Ambassador", "Ambassade du Bélarus", "311 West 43rd Street",
				"76 boulevard de la Villette");
		assertThat(((InternetAddress) ke.getFrom()[0]).getAddress())
			.isEqualTo(((InternetAddress) us.getFrom()[0]).getAddress());
	}

	private void subscribe(String email, String country) throws Exception {
		HttpResponse<String> response = subscribe("{\"email\":\"" + email + "\",\"country\":\"" + country
				+ "\",\"languages\":[\"en\"],\"frequency\":\"IMMEDIATE\"}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		MimeMessage confirmation = awaitMail(email, 1);
		String token = MailTestSupport.link(confirmation, "/subscriptions/confirm/")
			.substring("/subscriptions/confirm/".length());
		assertThat(http().postJson("/api/subscriptions/confirm", "{\"token\":\"" + token + "\"}").statusCode())
			.isEqualTo(200);
	}

}
