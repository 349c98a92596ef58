package eu.competitiondesk.assessments;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("application")
@QuarkusTest
class RulesApiResourceTest {

    static final String SERVICE = "{\"name\":\"Search\",\"category\":\"ONLINE_SEARCH_ENGINE\",\"memberStates\":27,"
            + "\"monthlyActiveEndUsers\":[45000000,45000000,45000000],\"yearlyActiveBusinessUsers\":[10000,10000,10000]}";

    Session session;

    @BeforeEach
    void signIn() {
        session = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
    }

    ValidatableResponse post(String path, String body) {
        return session.request()
                .contentType("application/json")
                .body(body)
                .post(path)
                .then();
    }

    @Test
    void dmaPresumptionAndDeadlines() {
        post(
                        "/api/v1/dma/evaluate",
                        "{\"financialYears\":[2023,2024,2025],\"unionTurnoverEur\":[7500000000,"
                                + "7500000000,7500000000],\"marketCapitalisationEur\":75000000000,\"thresholdsMetDate\":\"2025-12-31\","
                                + "\"notificationDate\":\"2026-01-05\",\"services\":[" + SERVICE + "]}")
                .statusCode(200)
                .body("sizeTestMet", equalTo(true))
                .body("sizeBasis", equalTo("BOTH"))
                .body("services[0].name", equalTo("Search"))
                .body("services[0].usersTestMet", equalTo(true))
                .body("services[0].entrenchmentMet", equalTo(true))
                .body("services[0].memberStatesMet", equalTo(true))
                .body("services[0].presumptionMet", equalTo(true))
                .body("presumptionMet", equalTo(true))
                .body("notificationDeadline", equalTo("2026-03-02"))
                .body("designationDeadline", equalTo("2026-03-09"))
                .body("findings.source", hasItem("DMA Art. 3(4); Regulation 1182/71 Art. 3(1) and 3(3)"));
    }

    @Test
    void dmaWithoutDatesAndBelowThresholds() {
        post(
                        "/api/v1/dma/evaluate",
                        "{\"financialYears\":[2023,2024,2025],\"unionTurnoverEur\":[1,2,3]," + "\"services\":[]}")
                .statusCode(200)
                .body("sizeTestMet", nullValue())
                .body("sizeBasis", nullValue())
                .body("presumptionMet", equalTo(false))
                .body("notificationDeadline", nullValue())
                .body("designationDeadline", nullValue());
    }

    /**
     * A cloud service with 40 million monthly end users (below the 45 million of Art. 3(2)(b)): the presumption fails
     * on the users, so the qualitative route is indicated. A market investigation opened on Friday 20 June 2025 has
     * targets, not deadlines: six months end on Saturday 20 December 2025, moved to Monday 22 December (Regulation
     * 1182/71 Art. 3(4)); twelve months on Saturday 20 June 2026, moved to Monday 22 June.
     */
    @Test
    void dmaMarketInvestigationTargetsAndTheQualitativeRoute() {
        String cloud = "{\"name\":\"Cloud\",\"category\":\"CLOUD_COMPUTING\",\"memberStates\":27,"
                + "\"monthlyActiveEndUsers\":[40000000,40000000,40000000],"
                + "\"yearlyActiveBusinessUsers\":[20000,20000,20000]}";
        post(
                        "/api/v1/dma/evaluate",
                        "{\"financialYears\":[2023,2024,2025],\"unionTurnoverEur\":[8000000000,8000000000,8000000000],"
                                + "\"services\":[" + cloud + "],"
                                + "\"marketInvestigation\":{\"openingDate\":\"2025-06-20\"}}")
                .statusCode(200)
                .body("presumptionMet", equalTo(false))
                .body("qualitativeRoute.indicated", equalTo(true))
                .body("qualitativeRoute.source", equalTo("Art. 3(8), Art. 17"))
                .body("marketInvestigation.preliminaryFindingsTarget.date", equalTo("2025-12-22"))
                .body("marketInvestigation.preliminaryFindingsTarget.kind", equalTo("TARGET"))
                .body("marketInvestigation.conclusionTarget.date", equalTo("2026-06-22"))
                .body("marketInvestigation.conclusionTarget.source", equalTo("Art. 17(1)"));
        post(
                        "/api/v1/dma/evaluate",
                        "{\"financialYears\":[2023,2024,2025],\"unionTurnoverEur\":[1,2,3],\"services\":[],"
                                + "\"marketInvestigation\":{\"openingDate\":\"20.06.2025\"}}")
                .statusCode(400)
                .body(containsString("marketInvestigation.openingDate"));
    }

    @Test
    void dmaBadInputNamesEachField() {
        post(
                        "/api/v1/dma/evaluate",
                        "{\"financialYears\":[2024,2025],\"unionTurnoverEur\":[1,-2,3],"
                                + "\"thresholdsMetDate\":\"31/12/2025\",\"services\":[{\"name\":\"X\",\"category\":\"CAR_SHARING\","
                                + "\"memberStates\":3,\"monthlyActiveEndUsers\":[1,2],\"yearlyActiveBusinessUsers\":[1,2,-3]}]}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "financialYears",
                                "unionTurnoverEur[1]",
                                "thresholdsMetDate",
                                "services[0].category",
                                "services[0].monthlyActiveEndUsers",
                                "services[0].yearlyActiveBusinessUsers[2]"));
    }

    @Test
    void exclusivityOfTheAzureKind() {
        post(
                        "/api/v1/exclusivity/evaluate",
                        "{\"supplierShare\":22,\"buyerShare\":5,\"requirementsSharePercent\":100,"
                                + "\"durationMonths\":null,\"tacitRenewal\":false,\"terminableWithReasonableNotice\":false,"
                                + "\"partiesAreCompetitors\":true,\"dualDistribution\":false,\"dominantPartyShare\":22}")
                .statusCode(200)
                .body("nonCompete", equalTo(true))
                .body("vberSafeHarbour", equalTo(false))
                .body("vberReasons", containsInAnyOrder("NON_COMPETE_INDEFINITE", "COMPETITORS"))
                .body("dominanceIndicator", equalTo("UNLIKELY"));
    }

    /**
     * Whether the parties compete not stated: the block exemption cannot be told yet (Art. 2(4) turns on it), and De
     * minimis applies the competitors' 10% (point 9): 8% + 6% = 14% exceeds it, so not of minor importance.
     */
    @Test
    void exclusivityWithTheCompetitorQuestionOpenIsNotReadAsNo() {
        post(
                        "/api/v1/exclusivity/evaluate",
                        "{\"supplierShare\":8,\"buyerShare\":6,\"restraintType\":\"EXCLUSIVE_SUPPLY\",\"partiesAreCompetitors\":null}")
                .statusCode(200)
                .body("vberSafeHarbour", nullValue())
                .body("deMinimis", equalTo(false))
                .body("findings.find { it.id == 'de-minimis' }.source", containsString("9"));
    }

    /**
     * Thresholds met on 31 December 2025: notification within two months, 2 March 2026 (28 February is a Saturday),
     * counted on the 2025 and 2026 holidays shipped, so the holidays are known; met on 31 December 2026, the deadline
     * falls in 2027, whose holidays are not loaded: the API says so.
     */
    @Test
    void dmaDeadlinesSayWhetherTheHolidaysOfTheirYearsAreKnown() {
        String body = "{\"financialYears\":[2023,2024,2025],\"unionTurnoverEur\":[7500000000,7500000000,7500000000],"
                + "\"thresholdsMetDate\":\"%s\",\"services\":[{\"name\":\"Cloud\",\"category\":\"CLOUD_COMPUTING\","
                + "\"memberStates\":27,\"monthlyActiveEndUsers\":[50000000,50000000,50000000],"
                + "\"yearlyActiveBusinessUsers\":[20000,20000,20000]}]}";
        post("/api/v1/dma/evaluate", body.formatted("2025-12-31"))
                .statusCode(200)
                .body("notificationDeadline", equalTo("2026-03-02"))
                .body("holidaysKnown", equalTo(true));
        post("/api/v1/dma/evaluate", body.formatted("2026-12-31"))
                .statusCode(200)
                .body("holidaysKnown", equalTo(false));
    }

    @Test
    void exclusivityBadInputNamesEachField() {
        post("/api/v1/exclusivity/evaluate", "{\"supplierShare\":120,\"buyerShare\":-1,\"durationMonths\":-5}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "supplierShare", "buyerShare", "requirementsSharePercent", "durationMonths"));
    }

    @Test
    void dmaUnknownFiguresAreCannotTellYetNotNo() {
        // Turnover short and no market capitalisation; end users for 2025 not known; thresholds met on a date.
        post(
                        "/api/v1/dma/evaluate",
                        "{\"financialYears\":[2023,2024,2025],\"unionTurnoverEur\":[7000000000,"
                                + "8000000000,8000000000],\"thresholdsMetDate\":\"2025-12-31\",\"services\":[{\"name\":\"Cloud\","
                                + "\"category\":\"CLOUD_COMPUTING\",\"memberStates\":27,\"monthlyActiveEndUsers\":[50000000,50000000,"
                                + "null],\"yearlyActiveBusinessUsers\":[20000,20000,20000]}]}")
                .statusCode(200)
                .body("sizeTestMet", nullValue())
                .body("services[0].usersTestMet", nullValue())
                .body("services[0].presumptionMet", nullValue())
                .body("presumptionMet", nullValue())
                .body("notificationDeadline", nullValue())
                .body("findings.find { it.id == 'size' }.outcome", equalTo("UNDETERMINED"))
                .body("findings.find { it.id == 'size' }.title", containsString("market capitalisation for 2025"));
        // With the capitalisation known and short, the size test is not met.
        post(
                        "/api/v1/dma/evaluate",
                        "{\"financialYears\":[2023,2024,2025],\"unionTurnoverEur\":[7000000000,"
                                + "8000000000,8000000000],\"marketCapitalisationEur\":74999999999.99,\"services\":[]}")
                .statusCode(200)
                .body("sizeTestMet", equalTo(false));
    }

    @Test
    void exclusivityRestraintTypeDrivesTheNonCompeteAndItsExemption() {
        // A plain non-compete binding 20% of requirements, six years: a non-compete, excluded by Art. 5(1)(a),
        // while the agreement (shares 10% and 5%, not competitors) stays within Arts. 2 and 3.
        post(
                        "/api/v1/exclusivity/evaluate",
                        "{\"supplierShare\":10,\"buyerShare\":5,\"restraintType\":"
                                + "\"NON_COMPETE\",\"requirementsSharePercent\":20,\"durationMonths\":72,"
                                + "\"partiesAreCompetitors\":false}")
                .statusCode(200)
                .body("nonCompete", equalTo(true))
                .body("vberSafeHarbour", equalTo(true))
                .body("nonCompeteExempted", equalTo(false))
                .body("vberReasons", containsInAnyOrder("NON_COMPETE_OVER_FIVE_YEARS"))
                .body("deMinimis", nullValue())
                .body("findings.find { it.id == 'vber-safe-harbour' }.title", containsString("except the non-compete"));
        // Exclusive supply with no end date: no non-compete, no duration reason.
        post(
                        "/api/v1/exclusivity/evaluate",
                        "{\"supplierShare\":10,\"buyerShare\":5,\"restraintType\":"
                                + "\"EXCLUSIVE_SUPPLY\",\"parallelNetworks\":false,\"partiesAreCompetitors\":false}")
                .statusCode(200)
                .body("nonCompete", equalTo(false))
                .body("nonCompeteExempted", nullValue())
                .body("vberReasons", empty())
                .body("deMinimis", equalTo(true));
        // Competitors in non-reciprocal dual distribution stay within the VBER.
        post(
                        "/api/v1/exclusivity/evaluate",
                        "{\"supplierShare\":25,\"buyerShare\":5,\"restraintType\":"
                                + "\"QUANTITY_FORCING\",\"requirementsSharePercent\":80,\"partiesAreCompetitors\":true,"
                                + "\"dualDistribution\":true}")
                .statusCode(200)
                .body("nonCompete", equalTo(false))
                .body("vberSafeHarbour", equalTo(true));
        post("/api/v1/exclusivity/evaluate", "{\"supplierShare\":10,\"buyerShare\":5,\"restraintType\":\"LOYALTY\"}")
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void implausibleDatesAreRefusedNotCounted() {
        post(
                        "/api/v1/dma/evaluate",
                        "{\"financialYears\":[2023,2024,2025],\"unionTurnoverEur\":[1,2,3],"
                                + "\"thresholdsMetDate\":\"0001-01-01\",\"notificationDate\":\"+10000-02-29\",\"services\":[]}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("thresholdsMetDate", "notificationDate"));
    }
}
