package eu.competitiondesk.support;

import io.restassured.response.Response;

/**
 * How long an answer to bad input may take. A refusal is a validation and nothing else, so it is held to two
 * seconds. Bad input the application accepts after filling in a default (a report request without a format is a
 * PDF) does that request's real work, which for a report is laying out and storing a whole document, so it is held
 * only to not hanging.
 */
public final class AnswerTime {

    public static final long REFUSAL_LIMIT_MS = 2_000;
    public static final long ACCEPTED_LIMIT_MS = 15_000;

    private AnswerTime() {
    }

    /** Whether {@code answer} came back within the limit that its status puts it under. */
    public static boolean inTime(Response answer) {
        int status = answer.statusCode();
        long limit = status >= 400 ? REFUSAL_LIMIT_MS : ACCEPTED_LIMIT_MS;
        return answer.time() <= limit;
    }
}
