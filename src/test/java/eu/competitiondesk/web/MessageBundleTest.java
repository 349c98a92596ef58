package eu.competitiondesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** UI text belongs in the message bundle: a template holding words of its own fails this test. */
class MessageBundleTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern QUTE_COMMENT = Pattern.compile("\\{!.*?!}", Pattern.DOTALL);
    private static final Pattern QUTE_EXPRESSION = Pattern.compile("\\{[^{}]*}");
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("<(script|style)[^>]*>.*?</\\1>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>", Pattern.DOTALL);
    private static final Pattern TEXT_ATTRIBUTE = Pattern.compile("\\s(aria-label|title|alt|placeholder)=\"([^\"]*)\"");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String source = QUTE_COMMENT.matcher(Files.readString(file)).replaceAll("");
                String withoutExpressions = stripExpressions(source);
                Matcher attribute = TEXT_ATTRIBUTE.matcher(withoutExpressions);
                while (attribute.find()) {
                    if (WORD.matcher(attribute.group(2)).find()) {
                        offences.add(file + ": attribute " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
                    }
                }
                String text = TAG.matcher(
                                SCRIPT_OR_STYLE.matcher(withoutExpressions).replaceAll(" "))
                        .replaceAll(" ")
                        .replaceAll("&[a-zA-Z]+;|&#\\d+;", " ");
                Matcher word = WORD.matcher(text);
                while (word.find()) {
                    offences.add(file + ": text \"" + word.group() + "\"");
                }
            }
        }
        assertEquals(List.of(), offences, "move these texts into messages/msg_en.properties");
    }

    @Test
    void theCheckCatchesHardCodedText() {
        String sample = "<p>{msg:ok}</p><p>Hard coded</p><a aria-label=\"Menu\" href=\"/\">{x}</a>";
        String stripped = TAG.matcher(stripExpressions(sample)).replaceAll(" ");
        assertTrue(WORD.matcher(stripped).find());
        assertTrue(TEXT_ATTRIBUTE.matcher(stripExpressions(sample)).find());
    }

    @Test
    void everyBundleKeyHasAText() throws IOException {
        List<Path> bundles;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            bundles = files.filter(p -> p.toString().endsWith(".properties")).toList();
        }
        assertTrue(bundles.size() >= 2, "msg and mkt bundles");
        for (Path bundle : bundles) {
            Properties messages = new Properties();
            try (var reader = Files.newBufferedReader(bundle)) {
                messages.load(reader);
            }
            assertTrue(messages.size() > 10, bundle + " has texts");
            for (String key : messages.stringPropertyNames()) {
                assertTrue(!messages.getProperty(key).isBlank(), bundle + ": " + key + " is empty");
            }
        }
    }

    /** Removes Qute expressions and section tags, innermost first, so nested braces go too. */
    private static String stripExpressions(String source) {
        String previous;
        String current = source;
        do {
            previous = current;
            current = QUTE_EXPRESSION.matcher(current).replaceAll("");
        } while (!current.equals(previous));
        return current;
    }
}
