package eu.competitiondesk.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The demo case's shares are the published figures, no more and no fewer: every dataset row of the demo case file is
 * a figure of {@code demo/cloud-market-shares.csv} (the public data the case rests on, with its source and period),
 * and every figure there is in the case.
 */
class DemoDataTest {

    @Test
    void theDemoSharesAreThePublishedFigures() throws IOException {
        Set<String> published = new TreeSet<>();
        try (InputStream in = resource("demo/cloud-market-shares.csv")) {
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                published.add(figure(r.get("source"), r.get("period"), r.get("provider"), r.get("share_percent")));
            }
        }
        Set<String> inTheCase = new TreeSet<>();
        try (InputStream in = resource(DemoCase.DATA)) {
            for (JsonNode market : new ObjectMapper().readTree(in).get("markets")) {
                for (JsonNode dataset : market.get("datasets")) {
                    for (JsonNode row : dataset.get("rows")) {
                        inTheCase.add(figure(
                                dataset.get("source").asText(),
                                dataset.get("period").asText(),
                                row.get("firm").asText(),
                                row.get("share").asText()));
                    }
                }
            }
        }
        assertEquals(published, inTheCase);
    }

    private static String figure(String source, String period, String firm, String share) {
        return source + " | " + period + " | " + firm + " | "
                + new BigDecimal(share).stripTrailingZeros().toPlainString();
    }

    private static InputStream resource(String name) {
        return DemoDataTest.class.getClassLoader().getResourceAsStream(name);
    }
}
