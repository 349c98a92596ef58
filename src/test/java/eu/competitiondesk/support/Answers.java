package eu.competitiondesk.support;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;

/**
 * How long a test waits for an answer before it calls the request hung: long enough that no working answer, however
 * slow the machine, runs into it, so it bounds a hang without claiming a speed. How fast answers come is measured in
 * bench/.
 */
public final class Answers {

    public static final int HANG_AFTER_MS = 60_000;

    private Answers() {}

    /** The current client settings (a test may have set its own JSON reading), bounded against hanging. */
    public static RestAssuredConfig bounded() {
        return RestAssured.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", HANG_AFTER_MS)
                        .setParam("http.connection.timeout", HANG_AFTER_MS));
    }
}
