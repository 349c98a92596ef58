package eu.competitiondesk.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what is wrong with a JSON body that could not be read, naming the field in the notation of every other field
 * error ({@code markets[1].datasets[0].name}): a field the endpoint does not know, a key given twice, content after
 * the JSON value, a value of the wrong type, or text that is not JSON at all.
 */
public final class JsonProblems {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

    private JsonProblems() {}

    public static ApiProblem of(Exception e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String path = path(unknown);
            String field = path.endsWith(unknown.getPropertyName()) ? path : join(path, unknown.getPropertyName());
            return invalid(
                    "The request has a field this endpoint does not take.",
                    field,
                    "unknown field: this endpoint does not take it");
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            String field = e instanceof JsonProcessingException processing
                            && processing.getProcessor() instanceof JsonParser parser
                    ? path(parser.getParsingContext())
                    : duplicate.group(1);
            return invalid(
                    "The request gives a key twice.", field.isEmpty() ? duplicate.group(1) : field, "key given twice");
        }
        if (message.startsWith("Trailing token")) {
            return ApiProblem.of(400, "Malformed JSON", "The request body has content after its JSON value.");
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return invalid("A field has a value of the wrong type.", path(mapping), "wrong type of value");
        }
        return ApiProblem.of(400, "Malformed JSON", "The request body is not valid JSON of the expected shape.");
    }

    private static ApiProblem invalid(String detail, String field, String message) {
        return new ApiProblem(
                "about:blank", "Invalid request", 400, detail, List.of(new ApiProblem.FieldProblem(field, message)));
    }

    /** The JSON path of a mapping failure, e.g. shares[2].share. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Where the parser stands, e.g. markets[0].name, for a failure found while reading rather than mapping. */
    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext level = context; level != null && !level.inRoot(); level = level.getParent()) {
            if (level.inArray()) {
                parts.push("[" + Math.max(0, level.getCurrentIndex()) + "]");
            } else if (level.getCurrentName() != null) {
                parts.push(level.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            path.append(part.startsWith("[") || path.isEmpty() ? "" : ".").append(part);
        }
        return path.toString();
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
