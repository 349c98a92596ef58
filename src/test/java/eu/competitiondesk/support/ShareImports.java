package eu.competitiondesk.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;

/**
 * Shares into a dataset as an officer brings them: "Check the shares" with a file or a paste, then "Store these
 * shares" from the preview, replacing the rows the dataset has.
 */
public final class ShareImports {

    private ShareImports() {}

    /** Sends a file to be checked; {@code dataset} is the dataset's path ({@code /cases/1/markets/2/datasets/3}). */
    public static Response checkFile(Session session, String dataset, String fileName, byte[] content) {
        session.page(dataset.replaceAll("/datasets/(\\d+)$", "?dataset=$1"));
        return session.multipart()
                .multiPart("file", fileName, content, "application/octet-stream")
                .post(dataset + "/import");
    }

    /** Sends pasted rows to be checked. */
    public static Response checkPasted(Session session, String dataset, String pasted) {
        session.page(dataset.replaceAll("/datasets/(\\d+)$", "?dataset=$1"));
        return session.multipart().multiPart("pasted", pasted).post(dataset + "/import");
    }

    /** Stores what a preview that passed its check carries, replacing the dataset's rows. */
    public static Response store(Session session, String dataset, Response preview) {
        assertEquals(200, preview.statusCode(), preview.asString());
        String rows = Jsoup.parse(preview.asString()).select("input[name=rows]").attr("value");
        return session.multipart()
                .multiPart("rows", rows)
                .multiPart("replace", "true")
                .post(dataset + "/import/store");
    }

    /** Checks and stores a CSV text: the answer to "Store these shares". */
    public static Response csv(Session session, String dataset, String csv) {
        return store(session, dataset, checkFile(session, dataset, "shares.csv", csv.getBytes(StandardCharsets.UTF_8)));
    }
}
