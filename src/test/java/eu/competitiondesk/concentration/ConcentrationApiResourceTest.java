package eu.competitiondesk.concentration;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("application")
@QuarkusTest
class ConcentrationApiResourceTest {

    static final String CLOUD = "[{\"firm\":\"AWS\",\"share\":30},{\"firm\":\"Microsoft\",\"share\":20},"
            + "{\"firm\":\"Google\",\"share\":13},{\"firm\":\"Alibaba\",\"share\":4},{\"firm\":\"Oracle\",\"share\":3},"
            + "{\"firm\":\"Salesforce\",\"share\":2},{\"firm\":\"IBM\",\"share\":2},{\"firm\":\"Tencent\",\"share\":2}]";

    Session session;

    @BeforeEach
    void signIn() {
        session = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
    }

    ValidatableResponse post(String body) {
        return session.request()
                .config(RestAssured.config()
                        .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)))
                .contentType("application/json")
                .body(body)
                .post("/api/v1/concentration")
                .then();
    }

    @Test
    void cloudMarketFiguresUnrounded() {
        post("{\"shares\":" + CLOUD + ",\"othersMaxShare\":2}")
                .statusCode(200)
                .body("hhi", near(1506, 1e-9))
                .body("hhiUpper", near(1554, 1e-9))
                .body("othersShare", near(24, 1e-9))
                .body("cr4", near(67, 1e-9))
                .body("numbersEquivalent", near(6.64, 1e-9))
                .body("roundingBand.low", near(1432, 1e-9))
                .body("roundingBand.high", near(1584, 1e-9))
                .body("$", not(hasKey("merger")))
                .body("$", not(hasKey("screens")))
                .body("$", not(hasKey("mhhi")));
    }

    @Test
    void withoutAMaximumOthersCountAsOneFirm() {
        post("{\"shares\":" + CLOUD + "}").statusCode(200).body("hhiUpper", near(2082, 1e-9));
    }

    @Test
    void mergerGivesFiguresAndAllThreeScreens() {
        post("{\"shares\":" + CLOUD + ",\"merger\":[\"Microsoft\",\"Google\"]}")
                .statusCode(200)
                .body("merger.hhi", near(2026, 1e-9))
                .body("merger.delta", near(520, 1e-9))
                .body("merger.combinedShare", near(33, 1e-9))
                .body("screens.guideline", containsInAnyOrder("EU_HMG_2004", "US_MG_2023", "US_HMG_2010"))
                .body("screens.find { it.guideline == 'EU_HMG_2004' }.verdict", equalTo("FURTHER_ANALYSIS"))
                .body("screens.find { it.guideline == 'US_MG_2023' }.verdict", equalTo("PRESUMED_ANTICOMPETITIVE"))
                .body("screens.find { it.guideline == 'US_HMG_2010' }.verdict", equalTo("SIGNIFICANT_CONCERNS"))
                .body("screens.find { it.guideline == 'EU_HMG_2004' }.reason", containsString("para"));
    }

    @Test
    void stakesGiveTheModifiedHhi() {
        post("{\"shares\":" + CLOUD + ",\"stakes\":[{\"holder\":\"AWS\",\"target\":\"Oracle\",\"financial\":0.27,"
                        + "\"control\":0}]}")
                .statusCode(200)
                .body("mhhi", near(1506 + 0.27 * 30 * 3, 1e-9))
                .body("deltaMhhi", near(0.27 * 30 * 3, 1e-9));
    }

    @Test
    void decimalSharesMeetTheThresholdExactlyAndEveryBoundIsReported() {
        // 37.2² + (17.5 + 2.9)² = 1,383.84 + 416.16 = 1,800 exactly, delta 2 * 17.5 * 2.9 = 101.5: not "greater
        // than 1,800" under the US 2023 Guidelines. Others (42.4) as one firm add 1,797.76 at the upper bound.
        String body = "{\"shares\":[{\"firm\":\"A\",\"share\":37.2},{\"firm\":\"B\",\"share\":17.5},"
                + "{\"firm\":\"C\",\"share\":2.9}],\"merger\":[\"B\",\"C\"]}";
        String us = "screens.find { it.guideline == 'US_MG_2023' }";
        session.request()
                .contentType("application/json")
                .body(body)
                .post("/api/v1/concentration")
                .then()
                .statusCode(200)
                .body("merger.hhi", equalTo(1800))
                .body("merger.delta", equalTo(101.5f))
                .body(us + ".verdict", equalTo("NOT_PRESUMED"))
                .body(us + ".verdictAtUpperBound", equalTo("PRESUMED_ANTICOMPETITIVE"))
                .body(us + ".verdictRange", contains("NOT_PRESUMED", "PRESUMED_ANTICOMPETITIVE"))
                .body(us + ".boundNote", containsString("upper bound with Others"))
                .body(
                        us + ".bounds.bound",
                        contains("NAMED_FIRMS", "UPPER_WITH_OTHERS", "ROUNDING_LOW", "ROUNDING_HIGH"))
                .body(us + ".bounds[1].postMergerHhi", equalTo(3597.76f))
                .body("screens.find { it.guideline == 'EU_HMG_2004' }.specialCircumstances", empty());
    }

    @Test
    void anOwnerOutsideTheMarketMayHoldStakesAndFlagsCrossShareholdings() {
        // A fund with 20% of A and of B (40/30/20): delta 2 * 40*30*0.04/0.68 = 141.176471.
        String body = "{\"shares\":[{\"firm\":\"A\",\"share\":40},{\"firm\":\"B\",\"share\":30},"
                + "{\"firm\":\"C\",\"share\":20},{\"firm\":\"Entrant\",\"share\":0}],\"merger\":[\"C\",\"Entrant\"],"
                + "\"stakes\":[{\"holder\":\"Fund\",\"target\":\"A\",\"financial\":0.2,\"control\":0.2},"
                + "{\"holder\":\"Fund\",\"target\":\"B\",\"financial\":0.2,\"control\":0.2}]}";
        post(body)
                .statusCode(200)
                .body("deltaMhhi", near(141.176471, 1e-9))
                .body("outsideOwners", contains("Fund"))
                .body(
                        "screens.find { it.guideline == 'EU_HMG_2004' }.specialCircumstances",
                        contains("POTENTIAL_ENTRANT", "CROSS_SHAREHOLDINGS"));
    }

    @Test
    void everyBadInputIsA400NamingTheField() {
        assertBad("{\"shares\":[{\"firm\":\"A\",\"share\":0}]}", "shares");
        assertBad("{\"shares\":[{\"firm\":\"A\",\"share\":10.00001}]}", "shares[0].share");
        assertBad("{\"shares\":[{\"firm\":\"A\",\"share\":-1}]}", "shares[0].share");
        assertBad("{\"shares\":[{\"firm\":\"A\",\"share\":100.01}]}", "shares[0].share");
        assertBad("{\"shares\":[{\"firm\":\"A\",\"share\":60},{\"firm\":\"B\",\"share\":40.6}]}", "shares");
        assertBad("{\"shares\":[{\"firm\":\"A\",\"share\":10},{\"firm\":\"a\",\"share\":10}]}", "shares[1].firm");
        assertBad("{\"shares\":[{\"share\":10}]}", "shares[0].firm");
        assertBad("{\"shares\":[{\"firm\":\"A\"}]}", "shares[0].share");
        assertBad("{\"shares\":" + CLOUD + ",\"merger\":[\"AWS\",\"Hetzner\"]}", "merger[1]");
        assertBad("{\"shares\":" + CLOUD + ",\"merger\":[\"AWS\"]}", "merger");
        assertBad(
                "{\"shares\":" + CLOUD + ",\"stakes\":[{\"holder\":\" \",\"target\":\"AWS\",\"financial\":0.1}]}",
                "stakes[0].holder");
        assertBad(
                "{\"shares\":" + CLOUD + ",\"stakes\":[{\"holder\":\"IBM\",\"target\":\"Nobody\"}]}",
                "stakes[0].target");
        assertBad(
                "{\"shares\":" + CLOUD + ",\"stakes\":[{\"holder\":\"IBM\",\"target\":\"AWS\",\"financial\":1.5}]}",
                "stakes[0].financial");
        assertBad(
                "{\"shares\":" + CLOUD + ",\"stakes\":[{\"holder\":\"IBM\",\"target\":\"AWS\",\"control\":-0.2,"
                        + "\"financial\":0.1}]}",
                "stakes[0].control");
        assertBad(
                "{\"shares\":" + CLOUD + ",\"stakes\":[{\"holder\":\"IBM\",\"target\":\"AWS\",\"financial\":0.6},"
                        + "{\"holder\":\"Oracle\",\"target\":\"AWS\",\"financial\":0.5}]}",
                "stakes[1].financial");
        assertBad(
                "{\"shares\":" + CLOUD + ",\"stakes\":[{\"holder\":\"IBM\",\"target\":\"AWS\",\"financial\":0.1,"
                        + "\"control\":0.6},{\"holder\":\"Oracle\",\"target\":\"AWS\",\"financial\":0.1,\"control\":0.5}]}",
                "stakes[1].control");
        assertBad("{\"shares\":" + CLOUD + ",\"othersMaxShare\":0}", "othersMaxShare");
        assertBad("{}", "shares");
        assertBad("{\"shares\":[{\"firm\":\"A\",\"share\":\"lots\"}]}", "shares[0].share");
    }

    @Test
    void moreThanTenThousandRowsAreRefused() {
        StringBuilder body = new StringBuilder("{\"shares\":[");
        for (int i = 0; i <= 10_000; i++) {
            body.append(i == 0 ? "" : ",").append("{\"firm\":\"F").append(i).append("\",\"share\":0.001}");
        }
        body.append("]}");
        assertBad(body.toString(), "shares");
    }

    @Test
    void tenThousandRowsAreFine() {
        StringBuilder body = new StringBuilder("{\"shares\":[");
        for (int i = 0; i < 10_000; i++) {
            body.append(i == 0 ? "" : ",").append("{\"firm\":\"F").append(i).append("\",\"share\":0.01}");
        }
        body.append("],\"merger\":[\"F1\",\"F2\"]}");
        post(body.toString()).statusCode(200).body("hhi", near(1, 1e-6));
    }

    @Test
    void malformedJsonIsA400Problem() {
        post("{\"shares\": [").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void describedInOpenApi() {
        session.request()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body(containsString("/api/v1/concentration"))
                .body("components.schemas.ConcentrationResponse.properties", hasKey("hhiUpper"));
    }

    /** A JSON number, whole or not, within the tolerance: the API writes exact decimals (1506, 101.5). */
    static Matcher<Object> near(double expected, double tolerance) {
        return new TypeSafeMatcher<>(Object.class) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof Number n && Math.abs(n.doubleValue() - expected) <= tolerance;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a number within " + tolerance + " of " + expected);
            }
        };
    }

    private void assertBad(String body, String field) {
        post(body).statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
