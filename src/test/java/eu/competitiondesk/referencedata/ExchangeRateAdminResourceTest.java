package eu.competitiondesk.referencedata;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The exchange rates are reference data an administrator keeps on a page as well as through the API: recorded,
 * corrected in place, removed, each with its source; bad input is said on its field and kept.
 */
@Tag("application")
@QuarkusTest
class ExchangeRateAdminResourceTest {

    @Inject
    ReferenceDataService referenceData;

    private static RequestSpecification rate(Session admin, String year, String rate, String source) {
        return admin.form()
                .formParam("regime", "UK")
                .formParam("currency", "chf")
                .formParam("financialYear", year)
                .formParam("rate", rate)
                .formParam("source", source)
                .formParam("asOf", "2031-01-05");
    }

    @Test
    void aRateIsRecordedCorrectedAndRemovedOnThePage() {
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        admin.shows("/admin/exchange-rates", "Exchange rates", "Record a rate", "UK (into pounds sterling)");
        rate(admin, "2030", "1.1234", "Test rate of the Bank of England")
                .post("/admin/exchange-rates")
                .then()
                .statusCode(303);
        assertEquals(
                0,
                new BigDecimal("1.1234")
                        .compareTo(referenceData
                                .exchangeRate(eu.competitiondesk.referencedata.engine.Jurisdiction.UK, "CHF", 2030)
                                .orElseThrow()
                                .rate()));
        String page = admin.page("/admin/exchange-rates").asString();
        assertTrue(page.contains("1.1234 CHF = 1 GBP"), "listed as the units of the currency for one pound");
        // Recording the same regime, currency and year corrects it: one row, the new figure.
        rate(admin, "2030", "1.1300", "Corrected test rate")
                .post("/admin/exchange-rates")
                .then()
                .statusCode(303);
        page = admin.page("/admin/exchange-rates").asString();
        assertTrue(page.contains("1.13 CHF = 1 GBP"), "the corrected rate");
        assertEquals(1, page.split("Corrected test rate", -1).length - 1, "one row for the key");
        assertTrue(!page.contains("1.1234 CHF"), "the old rate is gone");

        Matcher edit = Pattern.compile("href=\"(/admin/exchange-rates\\?edit=\\d+)#record\"[^>]*>Correct this rate"
                        + "<span class=\"govuk-visually-hidden\"> \\(UK \\(into pounds sterling\\), CHF, 2030\\)")
                .matcher(page);
        assertTrue(edit.find(), "a link to correct the rate");
        admin.shows(edit.group(1), "value=\"1.13\"", "Corrected test rate");

        Matcher remove = Pattern.compile("(?s)action=\"(/admin/exchange-rates/\\d+/remove)\"[^>]*>.{0,800}?CHF, 2030")
                .matcher(page);
        assertTrue(remove.find(), "a remove button for the rate");
        admin.form().post(remove.group(1)).then().statusCode(303);
        assertTrue(referenceData
                .exchangeRate(eu.competitiondesk.referencedata.engine.Jurisdiction.UK, "CHF", 2030)
                .isEmpty());
        admin.form().post(remove.group(1)).then().statusCode(404);
        admin.request()
                .get("/admin/audit")
                .then()
                .body(containsString("Recorded the UK rate for CHF in 2030"))
                .body(containsString("Corrected the UK rate for CHF in 2030"))
                .body(containsString("Removed the UK rate for CHF in 2030"));
    }

    @Test
    void badInputIsSaidOnItsFieldAndKept() {
        Session admin = Session.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        admin.page("/admin/exchange-rates");
        rate(admin, "20x0", "one point one", "Typed source kept")
                .post("/admin/exchange-rates")
                .then()
                .statusCode(422)
                .body(containsString("Enter the year as four digits"))
                .body(containsString("Enter the rate as a number"))
                .body(containsString("value=\"Typed source kept\""))
                .body(containsString("value=\"one point one\""));
        admin.form()
                .formParam("currency", "EURO")
                .formParam("financialYear", "1850")
                .formParam("rate", "0")
                .post("/admin/exchange-rates")
                .then()
                .statusCode(422)
                .body(containsString("href=\"#regime\""))
                .body(containsString("href=\"#currency\""))
                .body(containsString("href=\"#financialYear\""))
                .body(containsString("href=\"#rate\""))
                .body(containsString("href=\"#source\""))
                .body(not(containsString("Exception")));
        admin.request().get("/admin/exchange-rates?edit=999999999").then().statusCode(404);
    }

    @Test
    void onlyAnAdministratorKeepsTheRates() {
        Session officer = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        officer.page("/");
        officer.request().get("/admin/exchange-rates").then().statusCode(403);
        officer.form()
                .formParam("regime", "EU")
                .formParam("currency", "USD")
                .formParam("financialYear", "2030")
                .formParam("rate", "1.1")
                .formParam("source", "x")
                .formParam("asOf", "2031-01-01")
                .post("/admin/exchange-rates")
                .then()
                .statusCode(403);
    }
}
