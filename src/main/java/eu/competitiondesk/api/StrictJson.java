package eu.competitiondesk.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Reads every JSON body strictly: a field the endpoint does not know, a key given twice and anything after the JSON
 * value are refused (400 naming the problem) instead of being ignored. A misspelt or unsupported field silently
 * dropped would change an answer without the caller knowing: a legal finding computed without the fact they sent,
 * or full-merger figures for a request that described a minority stake. Unknown fields are refused by
 * {@code quarkus.jackson.fail-on-unknown-properties}; this adds the other two.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
