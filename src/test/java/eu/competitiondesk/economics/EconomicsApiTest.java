package eu.competitiondesk.economics;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import eu.competitiondesk.support.Session;
import eu.competitiondesk.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The three economic endpoints: results on hand-computed cases, and every bad field named in problem+json. */
@Tag("application")
@QuarkusTest
class EconomicsApiTest {

    Session session;

    @BeforeEach
    void signIn() {
        session = Session.signIn(TestUsers.DEMO_OFFICER, TestUsers.DEMO_PASSWORD);
        // The results are doubles: read them as doubles, not floats, to compare them to 1e-9.
        RestAssured.config = RestAssured.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    @AfterEach
    void restoreNumbers() {
        RestAssured.config = RestAssured.config().jsonConfig(JsonConfig.jsonConfig());
    }

    ValidatableResponse post(String path, String body) {
        return session.request()
                .contentType("application/json")
                .body(body)
                .post(path)
                .then();
    }

    @Test
    void criticalLossOnTheDomainCheck() {
        post("/api/v1/market-definition/critical-loss", "{\"priceRisePercent\": 5, \"marginPercent\": 40}")
                .statusCode(200)
                .body("breakEvenCriticalLossPercent", closeTo(11.1111111, 1e-6))
                .body("profitMaximisingCriticalLossPercent", equalTo(10))
                .body("criticalElasticity", closeTo(2.2222222, 1e-6))
                .body("priceRiseProfitable", nullValue())
                .body("diversionTestMet", nullValue());
        // At exactly the critical loss (10 / 50 = 20%) the loss is not below it, nor the diversion above it.
        post(
                        "/api/v1/market-definition/critical-loss",
                        "{\"priceRisePercent\": 10, \"marginPercent\": 40,"
                                + " \"actualLossPercent\": 20, \"aggregateDiversionPercent\": 20.01}")
                .statusCode(200)
                .body("priceRiseProfitable", equalTo(false))
                .body("diversionTestMet", equalTo(true));
    }

    @Test
    void criticalLossNamesEachBadField() {
        post(
                        "/api/v1/market-definition/critical-loss",
                        "{\"priceRisePercent\": 25, \"marginPercent\": 101," + " \"actualLossPercent\": -1}")
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", containsInAnyOrder("priceRisePercent", "marginPercent", "actualLossPercent"));
        post("/api/v1/market-definition/critical-loss", "{\"marginPercent\": \"forty\"}")
                .statusCode(400);
        post("/api/v1/market-definition/critical-loss", "").statusCode(400);
    }

    @Test
    void unilateralEffectsFromSharesAndGiven() {
        String products =
                "\"products\": [{\"name\": \"A\", \"price\": 100, \"marginPercent\": 40, \"sharePercent\": 30},"
                        + " {\"name\": \"B\", \"price\": 80, \"marginPercent\": 50, \"sharePercent\": 20},"
                        + " {\"name\": \"C\", \"price\": 90, \"marginPercent\": 30, \"sharePercent\": 50}]";
        post("/api/v1/unilateral-effects", "{" + products + ", \"merging\": [\"A\", \"B\"]}")
                .statusCode(200)
                .body("diversionBasis", equalTo("SHARES"))
                .body("diversionPercent.A.B", closeTo(100 * 0.2 / 0.7, 1e-9))
                .body("diversionPercent.B.A", closeTo(37.5, 1e-9))
                .body("upp.B", closeTo(15.0, 1e-9))
                .body("guppiPercent.B", closeTo(18.75, 1e-9))
                .body("guppiSensitivity.A.size()", equalTo(5));
        post(
                        "/api/v1/unilateral-effects",
                        "{" + products + ", \"merging\": [\"A\", \"B\"], \"diversionPercent\":"
                                + " {\"A\": {\"B\": 25}, \"B\": {\"A\": 40}}, \"efficiencyPercent\": 5}")
                .statusCode(200)
                .body("diversionBasis", equalTo("GIVEN"))
                .body("upp.A", closeTo(7.0, 1e-9))
                .body("upp.B", closeTo(14.0, 1e-9))
                .body("guppiPercent.A", closeTo(10.0, 1e-9));
    }

    /**
     * A silent 27 % stake of A in B (kappa_AB = 0.27, kappa_BA = 0), then with 27 % of the control as well
     * (kappa_BA = 0.27 / (0.27^2 + 0.73^2) = 0.445692...). D_AB = 30 %, D_BA = 20 %: UPP_A = 0.27 x 0.3 x 40 = 3.24,
     * GUPPI_A = 3.24 %, CMCR_A = 0.0324 / 0.6 = 5.4 %; B feels none while its controllers draw nothing from A.
     */
    @Test
    void unilateralEffectsOfAMinorityStake() {
        String body = "{\"products\": [{\"name\": \"A\", \"price\": 100, \"marginPercent\": 40, \"sharePercent\": 30},"
                + " {\"name\": \"B\", \"price\": 80, \"marginPercent\": 50, \"sharePercent\": 20}],"
                + " \"merging\": [\"A\", \"B\"], \"diversionPercent\": {\"A\": {\"B\": 30}, \"B\": {\"A\": 20}},"
                + " \"stakes\": [{\"holder\": \"A\", \"target\": \"B\", \"financial\": 0.27, \"control\": CONTROL}]}";
        post("/api/v1/unilateral-effects", body.replace("CONTROL", "0"))
                .statusCode(200)
                .body("profitWeights.A.B", closeTo(0.27, 1e-12))
                .body("profitWeights.B.A", closeTo(0, 1e-12))
                .body("upp.A", closeTo(3.24, 1e-9))
                .body("guppiPercent.A", closeTo(3.24, 1e-9))
                .body("cmcrPercent.A", closeTo(5.4, 1e-9))
                .body("upp.B", closeTo(0, 1e-9));
        post("/api/v1/unilateral-effects", body.replace("CONTROL", "0.27"))
                .statusCode(200)
                .body("profitWeights.B.A", closeTo(0.27 / (0.27 * 0.27 + 0.73 * 0.73), 1e-12))
                .body("guppiPercent.B", closeTo(100 * 0.27 / 0.6058 * 0.2 * 0.4 * 100 / 80, 1e-9));
        post("/api/v1/unilateral-effects", body.replace("CONTROL", "1.5"))
                .statusCode(400)
                .body("errors.field", hasItem("stakes[0].control"));
        // Without stakes every figure is as in a full merger: weights of 1.
        post(
                        "/api/v1/unilateral-effects",
                        body.replace(
                                ", \"stakes\": [{\"holder\": \"A\", \"target\": \"B\","
                                        + " \"financial\": 0.27, \"control\": CONTROL}]",
                                ""))
                .statusCode(200)
                .body("profitWeights.A.B", closeTo(1, 0))
                .body("upp.A", closeTo(12.0, 1e-9));
    }

    /**
     * The worked example of VerticalEffectsTest through the API: vGUPPI_u 25 %, vGUPPI_r 6.25 %, critical diversion
     * 50 %, vGUPPI_d 4 %, EDM 10 %, net -6 %; at a diversion of exactly 50 % foreclosure gains nothing.
     */
    @Test
    void verticalEffects() {
        String body = "{\"upstream\": {\"name\": \"Cloud\", \"marginalCost\": 20},"
                + " \"downstream\": {\"name\": \"Models\", \"price\": 100, \"marginPercent\": 40, \"inputPrice\": 30},"
                + " \"rivals\": [{\"name\": \"Rival\", \"price\": 80, \"inputPrice\": 40,"
                + " \"diversionToMergingPercent\": DIVERSION, \"diversionFromMergingPercent\": 20,"
                + " \"passThroughPercent\": 50}]}";
        // Exact decimals: read as such, not as doubles.
        com.fasterxml.jackson.databind.JsonNode result =
                exact(post("/api/v1/vertical-effects", body.replace("DIVERSION", "25"))
                        .statusCode(200)
                        .body("rivals[0].foreclosureProfitable", equalTo(false))
                        .body("sources.size()", equalTo(2))
                        .extract()
                        .asString());
        assertDecimal("25", result.at("/rivals/0/vguppiUpstreamPercent"));
        assertDecimal("6.25", result.at("/rivals/0/vguppiRivalPercent"));
        assertDecimal("50", result.at("/rivals/0/criticalDiversionPercent"));
        assertDecimal("4", result.at("/vguppiDownstreamPercent"));
        assertDecimal("10", result.at("/eliminationOfDoubleMarginalisationPercent"));
        assertDecimal("-6", result.at("/netVguppiDownstreamPercent"));
        post("/api/v1/vertical-effects", body.replace("DIVERSION", "50"))
                .statusCode(200)
                .body("rivals[0].foreclosureProfitable", equalTo(false));
        post("/api/v1/vertical-effects", body.replace("DIVERSION", "50.0001"))
                .statusCode(200)
                .body("rivals[0].foreclosureProfitable", equalTo(true));
        post(
                        "/api/v1/vertical-effects",
                        "{\"upstream\": {\"name\": \"Cloud\", \"marginalCost\": -1}, \"downstream\": {\"name\":"
                                + " \"Models\", \"price\": 0, \"marginPercent\": 100}, \"rivals\": [{\"name\": \"Models\","
                                + " \"price\": 80, \"inputPrice\": 0, \"diversionToMergingPercent\": 101,"
                                + " \"diversionFromMergingPercent\": 20}]}")
                .statusCode(400)
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "upstream.marginalCost",
                                "downstream.price",
                                "downstream.marginPercent",
                                "rivals[0].inputPrice",
                                "rivals[0].diversionToMergingPercent"));
        post("/api/v1/vertical-effects", "{}").statusCode(400).body("errors.field", hasItem("rivals"));
    }

    /**
     * The logit under the general simulation agrees with the logit endpoint; linear demand with its closed form
     * (two symmetric products, q_i = 100 - 2 p_i + p_j, cost 10: 40 before, 55 after, CMCR 300 %); each run says its
     * checks and gives the R call.
     */
    @Test
    void mergerSimulationUnderTwoDemandSystems() {
        String logitProducts = "[{\"name\": \"A\", \"price\": 10, \"sharePercent\": 30},"
                + " {\"name\": \"B\", \"price\": 8, \"sharePercent\": 20},"
                + " {\"name\": \"C\", \"price\": 12, \"sharePercent\": 10}]";
        double reference = post(
                        "/api/v1/merger-simulation/logit",
                        "{\"products\": " + logitProducts + ", \"outsideSharePercent\": 40, \"calibration\":"
                                + " {\"product\": \"A\", \"marginPercent\": 50}, \"merging\": [\"A\", \"B\"]}")
                .statusCode(200)
                .extract()
                .path("products[0].priceAfter");
        post(
                        "/api/v1/merger-simulation",
                        "{\"demand\": \"LOGIT\", \"products\": " + logitProducts + ", \"outsideSharePercent\": 40,"
                                + " \"calibration\": {\"product\": \"A\", \"marginPercent\": 50},"
                                + " \"merging\": [\"A\", \"B\"]}")
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("checks.name", hasItem("FOC_POST"))
                .body("products[0].priceAfter", closeTo(reference, 1e-9))
                .body("market.cmcrPercent.C", nullValue())
                .body("rScript", containsString("logit(prices = prices"));
        post(
                        "/api/v1/merger-simulation",
                        "{\"demand\": \"LINEAR\", \"products\": [{\"name\": \"A\", \"price\": 40, \"quantity\": 60,"
                                + " \"marginPercent\": 75}, {\"name\": \"B\", \"price\": 40, \"quantity\": 60,"
                                + " \"marginPercent\": 75}], \"diversionPercent\": {\"A\": {\"B\": 50}, \"B\": {\"A\": 50}},"
                                + " \"merging\": [\"A\", \"B\"]}")
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("products[0].priceAfter", closeTo(55, 1e-9))
                .body("products[1].quantityAfter", closeTo(45, 1e-9))
                .body("market.industryPriceChangePercent", closeTo(37.5, 1e-9))
                .body("market.cmcrPercent.A", closeTo(300, 1e-7))
                .body("market.consumerHarm", closeTo(1575, 1e-7))
                .body("market.producerBenefit", closeTo(450, 1e-7))
                .body("market.hhiBefore", closeTo(5000, 1e-9))
                .body("market.hhiAfter", closeTo(10000, 1e-9))
                .body("rScript", containsString("symmetry = FALSE"));
        // Diversions above 1 in all make the own effect slope upwards: the run says so and shows no figures.
        post(
                        "/api/v1/merger-simulation",
                        "{\"demand\": \"LINEAR\", \"products\": [{\"name\": \"A\", \"price\": 40, \"quantity\": 60,"
                                + " \"marginPercent\": 75}, {\"name\": \"B\", \"price\": 40, \"quantity\": 60,"
                                + " \"marginPercent\": 75}], \"diversionPercent\": {\"A\": {\"B\": 100}, \"B\": {\"A\": 100}},"
                                + " \"merging\": [\"A\", \"B\"]}")
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("products", nullValue())
                .body("market", nullValue());
        post(
                        "/api/v1/merger-simulation",
                        "{\"demand\": \"LOGIT\", \"products\": [{\"name\": \"A\", \"sharePercent\": 30}],"
                                + " \"outsideSharePercent\": 60, \"calibration\": {\"product\": \"Z\"}}")
                .statusCode(400)
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "products[0].price",
                                "calibration.product",
                                "calibration.marginPercent",
                                "products",
                                "merging"));
        post("/api/v1/merger-simulation", "{\"demand\": \"PROBIT\", \"products\": []}")
                .statusCode(400)
                .body("errors.field", hasItem("demand"));
    }

    /**
     * The sensitivity run: ranges of one value give back the point run in every percentile; a range of margins gives a
     * spread that repeats with its seed and moves with another; each bad range is named.
     */
    @Test
    void mergerSimulationSensitivity() {
        String simulation = "{\"demand\": \"LOGIT\", \"products\": [{\"name\": \"A\", \"price\": 10,"
                + " \"sharePercent\": 30}, {\"name\": \"B\", \"price\": 8, \"sharePercent\": 20},"
                + " {\"name\": \"C\", \"price\": 12, \"sharePercent\": 10}], \"outsideSharePercent\": 40,"
                + " \"calibration\": {\"product\": \"A\", \"marginPercent\": 50}, \"merging\": [\"A\", \"B\"]}";
        double point = post("/api/v1/merger-simulation", simulation)
                .statusCode(200)
                .extract()
                .path("market.mergingPartyPriceChangePercent");
        post(
                        "/api/v1/merger-simulation/sensitivity",
                        "{\"simulation\": " + simulation
                                + ", \"ranges\": [{\"input\": \"calibration.marginPercent\", \"low\": 50,"
                                + " \"high\": 50}], \"draws\": 25}")
                .statusCode(200)
                .body("draws", equalTo(25))
                .body("validDraws", equalTo(25))
                .body("pointMergingPartyPriceChangePercent", closeTo(point, 1e-5))
                .body("mergingPartyPriceChangePercent.p5", closeTo(point, 1e-5))
                .body("mergingPartyPriceChangePercent.p50", closeTo(point, 1e-5))
                .body("mergingPartyPriceChangePercent.p95", closeTo(point, 1e-5))
                .body("products[2].name", equalTo("C"));
        String spread = "{\"simulation\": " + simulation
                + ", \"ranges\": [{\"input\": \"calibration.marginPercent\", \"low\": 30,"
                + " \"high\": 70}], \"draws\": 200, \"seed\": ";
        String first = post("/api/v1/merger-simulation/sensitivity", spread + "11}")
                .statusCode(200)
                .extract()
                .asString();
        String again = post("/api/v1/merger-simulation/sensitivity", spread + "11}")
                .statusCode(200)
                .extract()
                .asString();
        String other = post("/api/v1/merger-simulation/sensitivity", spread + "12}")
                .statusCode(200)
                .extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertEquals(first, again, "one seed, one answer");
        org.junit.jupiter.api.Assertions.assertNotEquals(first, other);
        var party = exact(first).get("mergingPartyPriceChangePercent");
        double p5 = party.get("p5").doubleValue();
        double p50 = party.get("p50").doubleValue();
        double p95 = party.get("p95").doubleValue();
        // A higher margin means less elastic demand and a larger price rise: the point (50 %) lies inside the spread.
        org.junit.jupiter.api.Assertions.assertTrue(p5 < point && point < p95, p5 + " " + point + " " + p95);
        org.junit.jupiter.api.Assertions.assertTrue(p5 <= p50 && p50 <= p95);
        post(
                        "/api/v1/merger-simulation/sensitivity",
                        "{\"simulation\": " + simulation + ", \"ranges\": [{\"input\": \"calibration.marginPercent\","
                                + " \"low\": 40, \"high\": 60}], \"draws\": 0}")
                .statusCode(400)
                .body("errors.field", hasItem("draws"));
        post(
                        "/api/v1/merger-simulation/sensitivity",
                        "{\"simulation\": " + simulation + ", \"ranges\": [{\"input\": \"calibration.marginPercent\","
                                + " \"low\": 60, \"high\": 40}, {\"input\": \"calibration.ownElasticity\", \"low\": -3,"
                                + " \"high\": -2}, {\"input\": \"products.B.marginPercent\", \"low\": 10, \"high\": 20},"
                                + " {\"input\": \"products.Z.marginPercent\", \"low\": 10, \"high\": 20}]}")
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("ranges[0]", "ranges[1]", "ranges[2]", "ranges[3].input"));
        post(
                        "/api/v1/merger-simulation/sensitivity",
                        "{\"simulation\": {\"demand\": \"LOGIT\", \"products\": [{\"name\": \"A\","
                                + " \"sharePercent\": 30}], \"outsideSharePercent\": 70, \"calibration\": {\"product\":"
                                + " \"A\", \"marginPercent\": 50}, \"merging\": [\"A\"]}, \"ranges\": [{\"input\":"
                                + " \"calibration.marginPercent\", \"low\": 40, \"high\": 60}]}")
                .statusCode(400)
                .body("errors.field", hasItem("simulation.products[0].price"));
        // 10,000 draws of 101 products is more work than a request may ask for; 9,802 draws of them is not.
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            many.append(i == 0 ? "" : ", ")
                    .append("{\"name\": \"P")
                    .append(i)
                    .append("\", \"price\": 10, \"sharePercent\": 0.5}");
        }
        String wide = "{\"simulation\": {\"demand\": \"LOGIT\", \"products\": [" + many + "], \"outsideSharePercent\":"
                + " 49.5, \"calibration\": {\"product\": \"P0\", \"marginPercent\": 50}, \"merging\": [\"P0\", \"P1\"]},"
                + " \"ranges\": [{\"input\": \"calibration.marginPercent\", \"low\": 40, \"high\": 60}], \"draws\": ";
        post("/api/v1/merger-simulation/sensitivity", wide + "10000}")
                .statusCode(400)
                .body("errors.field", hasItem("draws"))
                .body("errors.message", hasItem(containsString("at most 9802 draws of 101 products")));
        post("/api/v1/merger-simulation/sensitivity", "{\"ranges\": []}")
                .statusCode(400)
                .body("errors.field", hasItem("simulation"));
    }

    /**
     * A silent 27 % stake of A in B: the run uses the weights (B weighs nothing of A), and the R script writes R's
     * owner matrix, the controllers' shares: A's owners hold all of A and 27 % of B, B's other owners 73 % of B.
     */
    @Test
    void theRScriptWritesOwnershipSharesForAStake() {
        String script = post(
                        "/api/v1/merger-simulation",
                        "{\"demand\": \"LOGIT\", \"products\": [{\"name\": \"A\", \"price\": 10, \"sharePercent\":"
                                + " 30}, {\"name\": \"B\", \"price\": 8, \"sharePercent\": 20}], \"outsideSharePercent\":"
                                + " 50, \"calibration\": {\"product\": \"A\", \"marginPercent\": 50}, \"stakes\":"
                                + " [{\"holder\": \"A\", \"target\": \"B\", \"financial\": 0.27, \"control\": 0}]}")
                .statusCode(200)
                .body("valid", equalTo(true))
                .extract()
                .path("rScript");
        java.util.regex.Matcher post = java.util.regex.Pattern.compile(
                        "ownerPost <- matrix\\(c\\(([^)]*)\\), nrow = 2, byrow = TRUE\\)")
                .matcher(script);
        org.junit.jupiter.api.Assertions.assertTrue(post.find(), script);
        double[] owner = java.util.Arrays.stream(post.group(1).split(", "))
                .mapToDouble(Double::parseDouble)
                .toArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {1, 0.27, 0, 0.73}, owner, 1e-12, script);
        org.junit.jupiter.api.Assertions.assertTrue(
                script.contains("ownerPre <- matrix(c(1.0, 0.0, 0.0, 1.0), nrow = 2, byrow = TRUE)"), script);
    }

    private static com.fasterxml.jackson.databind.JsonNode exact(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertDecimal(String expected, com.fasterxml.jackson.databind.JsonNode actual) {
        org.junit.jupiter.api.Assertions.assertEquals(
                0,
                new java.math.BigDecimal(expected).compareTo(actual.decimalValue()),
                expected + " against " + actual);
    }

    @Test
    void unilateralEffectsNamesEachBadField() {
        post(
                        "/api/v1/unilateral-effects",
                        "{\"products\": [{\"name\": \"A\", \"price\": 0, \"marginPercent\": 100,"
                                + " \"sharePercent\": 60}, {\"name\": \"B\", \"price\": 5, \"marginPercent\": 20, \"sharePercent\":"
                                + " 101}], \"merging\": [\"A\", \"B\"]}")
                .statusCode(400)
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "products[0].price", "products[0].marginPercent", "products[1].sharePercent"));
        post(
                        "/api/v1/unilateral-effects",
                        "{\"products\": [{\"name\": \"A\", \"price\": 1, \"marginPercent\": 10,"
                                + " \"sharePercent\": 60}, {\"name\": \"B\", \"price\": 5, \"marginPercent\": 20, \"sharePercent\":"
                                + " 50}], \"merging\": [\"A\", \"Z\"]}")
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("products", "merging[1]"));
        post(
                        "/api/v1/unilateral-effects",
                        "{\"products\": [{\"name\": \"A\", \"price\": 1, \"marginPercent\": 10,"
                                + " \"sharePercent\": 60}, {\"name\": \"B\", \"price\": 5, \"marginPercent\": 20, \"sharePercent\":"
                                + " 10}], \"merging\": [\"A\", \"B\"], \"diversionPercent\": {\"A\": {\"B\": 20}}}")
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("diversionPercent"));
    }

    static final String LOGIT = "{\"products\": [{\"name\": \"A\", \"price\": 10, \"sharePercent\": 30},"
            + " {\"name\": \"B\", \"price\": 8, \"sharePercent\": 20}, {\"name\": \"C\", \"price\": 12,"
            + " \"sharePercent\": 10}], \"outsideSharePercent\": 40, \"calibration\": {\"product\": \"A\","
            + " \"marginPercent\": 50}, \"merging\": [\"A\", \"B\"]}";

    @Test
    void logitCalibratesAndSimulates() {
        post("/api/v1/merger-simulation/logit", LOGIT)
                .statusCode(200)
                .body("converged", equalTo(true))
                .body("alpha", closeTo(1 / 3.5, 1e-12))
                .body("products[0].marginalCost", closeTo(5.0, 1e-9))
                .body("products[1].marginalCost", closeTo(3.625, 1e-9))
                .body("products[0].priceChangePercent", greaterThan(0.0))
                .body("outsideShareAfterPercent", greaterThan(40.0));
    }

    @Test
    void logitNamesEachBadField() {
        post(
                        "/api/v1/merger-simulation/logit",
                        LOGIT.replace("\"outsideSharePercent\": 40", "\"outsideSharePercent\": 45")
                                .replace("\"product\": \"A\"", "\"product\": \"Q\"")
                                .replace("[\"A\", \"B\"]", "[\"A\", \"X\"]"))
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("products", "calibration.product", "merging[1]"))
                .body("errors.find { it.field == 'products' }.message", containsString("add up to 105"));
        post("/api/v1/merger-simulation/logit", LOGIT.replace("\"marginPercent\": 50", "\"marginPercent\": 99"))
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("calibration.marginPercent"))
                .body("errors[0].message", containsString("marginal cost of B"));
        post(
                        "/api/v1/merger-simulation/logit",
                        LOGIT.replace("\"marginPercent\": 50", "\"marginPercent\": 100")
                                .replace("\"sharePercent\": 10}", "\"sharePercent\": 0}"))
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("calibration.marginPercent", "products[2].sharePercent"));
    }

    @Test
    void theEndpointsAreDescribedInOpenApi() {
        session.shows(
                "/q/openapi?format=json",
                "/api/v1/market-definition/critical-loss",
                "/api/v1/unilateral-effects",
                "/api/v1/merger-simulation/logit");
    }
}
