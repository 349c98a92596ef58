package eu.competitiondesk.assessments;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The Data Act switching check through its API: the contract's terms, charges by date, exceptions and bad input. */
@Tag("application")
@QuarkusTest
class DataActApiTest {

    private static final String SWITCHING = "/api/v1/data-act/switching/evaluate";

    private static final String GOOD_TERMS = """
            "serviceKind": "INFRASTRUCTURAL", "customBuilt": false, "nonProductionTestVersion": false,
            "contract": {"writtenAndAvailableBeforeSigning": true, "noticePeriodDays": 61,
              "transitionalPeriodDays": 30, "dataRetrievalPeriodDays": 30,
              "customerMayExtendTransitionalPeriodOnce": true, "exitStrategySupport": true,
              "exhaustiveExportableData": true, "fullErasure": true},
            "information": {"switchingProcedures": true, "onlineRegister": true, "chargesBeforeContract": true},
            "functionalEquivalenceSupport": true, "goodFaithCooperation": true,
            "switchingRequestDate": "2026-04-15"
            """;

    private Session session;

    @BeforeEach
    void signIn() {
        session = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
    }

    private ValidatableResponse post(String body) {
        return session.request()
                .contentType("application/json")
                .body(body)
                .post(SWITCHING)
                .then();
    }

    /**
     * 61 days of notice from 15 April 2026 end on 15 June 2026, within two months; a switching charge at cost on 11
     * January 2027 is permitted, the same on 12 January 2027 is not; egress for parallel use at cost is.
     */
    @Test
    void termsAndChargesAgainstTheRegulation() {
        post("{" + GOOD_TERMS + """
                , "charges": [
                  {"kind": "SWITCHING", "date": "2027-01-11", "amountEur": 500, "costIncurredEur": 500},
                  {"kind": "SWITCHING", "date": "2027-01-12", "amountEur": 500, "costIncurredEur": 500},
                  {"kind": "DATA_EGRESS", "date": "2027-03-01", "amountEur": 40, "costIncurredEur": 40,
                   "parallelUse": true}]}
                """)
                .statusCode(200)
                .body("chapterApplies", equalTo(true))
                .body("requirements.NOTICE_PERIOD.met", equalTo(true))
                .body("requirements.NOTICE_PERIOD.article", equalTo("Art. 25(2)(d)"))
                .body("requirements.TRANSITIONAL_PERIOD.met", equalTo(true))
                .body("requirements", not(hasKey("OPEN_INTERFACES")))
                .body("requirements", not(hasKey("UNFEASIBILITY_NOTICE")))
                .body("charges.permitted", contains(true, false, true))
                .body("charges.article", contains("Art. 29(2), (3)", "Art. 29(1)", "Art. 34(2)"))
                .body("charges[1].date", equalTo("2027-01-12"))
                .body("compliant", equalTo(false));
    }

    @Test
    void anUnknownTestVersionIsTakenBothWays() {
        post("{" + GOOD_TERMS.replace("\"nonProductionTestVersion\": false", "\"nonProductionTestVersion\": null")
                        + "}")
                .statusCode(200)
                .body("chapterApplies", nullValue())
                .body("compliant", equalTo(true));
        post("{"
                        + GOOD_TERMS
                                .replace("\"nonProductionTestVersion\": false,", "")
                                .replace("\"transitionalPeriodDays\": 30", "\"transitionalPeriodDays\": 31")
                        + "}")
                .statusCode(200)
                .body("requirements.TRANSITIONAL_PERIOD.met", equalTo(false))
                .body("compliant", nullValue());
    }

    @Test
    void technicalUnfeasibilityBringsItsTwoRequirements() {
        post("{" + GOOD_TERMS + """
                , "technicalUnfeasibility": {"notifiedWithinWorkingDays": 15, "justified": true,
                   "alternativeTransitionalPeriodMonths": 7}}
                """)
                .statusCode(200)
                .body("requirements.UNFEASIBILITY_NOTICE.met", equalTo(false))
                .body("requirements.ALTERNATIVE_TRANSITIONAL_PERIOD.met", equalTo(true));
    }

    @Test
    void badInputIsNamedFieldByField() {
        post("""
                {"contract": {"noticePeriodMonths": 2, "noticePeriodDays": 40, "transitionalPeriodDays": -1},
                 "charges": [{"kind": "SWITCHING", "date": "2025-09-11", "amountEur": -5},
                             {"kind": "SWITCHING"},
                             {"kind": "SWITCHING", "date": "2026-02-30"}]}
                """)
                .statusCode(400)
                .body("errors.field", hasItem("contract.noticePeriodDays"))
                .body("errors.field", hasItem("contract.transitionalPeriodDays"))
                .body("errors.field", hasItem("charges[0].date"))
                .body("errors.field", hasItem("charges[0].amountEur"))
                .body("errors.field", hasItem("charges[1].date"))
                .body("errors.field", hasItem("charges[2].date"));
        post("{\"charges\": [{\"kind\": \"REFUND\", \"date\": \"2026-01-01\"}]}")
                .statusCode(400)
                .body("errors.field", hasItem("charges[0].kind"));
        post("{\"serviceKind\": \"PLATFORM\"}").statusCode(400).body("errors.field", hasItem("serviceKind"));
    }
}
