package org.urgentaction.action;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urgentaction.support.AppTest;
import org.urgentaction.support.StaffClient;
import org.urgentaction.support.Http;
import org.urgentaction.ua.UaDocument;
import org.urgentaction.ua.UaService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff see the charts, void a report from the dashboard, export CSV and get the impact
 * letter with the right numbers (read back from the PDF with PDFBox).
 */
@AppTest
class ActionDashboardTests {

	@LocalServerPort
	int port;

	@Autowired
	UaService uas;

	@Autowired
	JdbcClient jdbc;

	@Test
	void dashboardVoidCsvAndImpactReport() throws IOException {
		Http http = new Http(port);
		ReportFixtures fixtures = new ReportFixtures(uas, jdbc, http);
		UaDocument doc = fixtures.newCase("301/19", true);
		long prosecutor = doc.targets().get(0).id();
		fixtures.report(doc.id(), ReportFixtures.body("LETTER", prosecutor, 46, "KZ", "group@example.org"));
		fixtures.report(doc.id(), ReportFixtures.body("EMAIL", null, 2, "DE", null));
		fixtures.report(doc.id(), ReportFixtures.body("FAX", prosecutor, 1, "KZ", "fax@example.org"));
		long spam = fixtures.report(doc.id(), ReportFixtures.body("OTHER", null, 700, "US", "spam@example.org"))
			.get("id")
			.asLong();

		// the email report of 2 came without email or cookie: actions, but no person
		// (docs/reporting.md)
		StaffClient staff = new StaffClient(port);
		staff.logIn(AppTest.ADMIN_EMAIL, AppTest.ADMIN_PASSWORD);
		HttpResponse<String> dashboard = staff.get("/admin/actions");
		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(dashboard.body())
			.contains("href=\"/admin/actions/uas/" + doc.id() + "\"", "<svg", "class=\"chart-bar\"")
			.doesNotContain("style=");
		assertThat(dashboard.body().split("class=\"chart-bar\"")).hasSizeGreaterThan(5);

		assertThat(staff.get("/admin/actions/uas/" + doc.id()).body()).contains("id=\"report-" + spam + "\"",
				"749 actions in 4 reports by 3 people from 3 countries");
		HttpResponse<String> voided = staff.post("/admin/actions/reports/" + spam + "/void",
				Map.of("reason", "Spam: 700 in one go from a bot"));
		assertThat(voided.statusCode()).isEqualTo(302);
		String casePage = staff.follow(voided).body();
		assertThat(casePage).contains("49 actions in 3 reports by 2 people from 2 countries",
				"Void: Spam: 700 in one go from a bot (" + AppTest.ADMIN_EMAIL + ")");

		String[] cookie = { "Cookie", "SESSION=" + staff.cookie("SESSION") };
		HttpResponse<String> csv = http.get("/admin/actions/uas/" + doc.id() + "/reports.csv", cookie);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).contains("text/csv"));
		assertThat(csv.body().lines()).hasSize(5).anySatisfy((line) -> assertThat(line).contains(",700,US,true,true,"));
		assertThat(http.get("/admin/actions/export.csv", cookie).body())
			.contains("301/19," + doc.id() + ",TOTAL,,49,3");
		assertThat(http.get("/admin/actions/uas/" + doc.id() + "/impact.csv", cookie).body())
			.contains("summary,people,2", "summary,countries,2", "summary,appeals,49", "channel,LETTER,46");

		HttpResponse<byte[]> pdf = http
			.getBytes("/admin/actions/uas/" + doc.id() + "/impact.pdf?targetId=" + prosecutor + "&scope=case", cookie);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		String text = text(pdf.body());
		assertThat(text).contains("Prosecutor General", "Nurdauletov Gizat Daurenbekovich",
				"2 people in 2 countries sent 49 appeals on behalf of Serikzhan Bilash", "Letters 46", "Emails 2",
				"Faxes 1", "Kazakhstan 47", "Germany 2");
		assertThat(text).doesNotContain("700", "United States");
		assertThat(new Http(port).get("/admin/actions").statusCode()).isEqualTo(302);
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
