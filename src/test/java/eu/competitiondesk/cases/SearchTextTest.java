package eu.competitiondesk.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void aReferenceOrItsBeginningIsAPrefixInUpperCase() {
        assertEquals(
                new SearchText(SearchText.Kind.REFERENCE_PREFIX, "AT.40987", List.of()), SearchText.of("at.40987"));
        assertEquals("M.", SearchText.of(" m. ").prefix());
        assertEquals("DMA.1", SearchText.of("DMA.1").prefix());
    }

    @Test
    void anythingElseIsWordsSplitAtPunctuationTheLastOnePrefixed() {
        SearchText text = SearchText.of("Microsoft/OpenAI self-pref");
        assertEquals(SearchText.Kind.WORDS, text.kind());
        assertEquals(List.of("Microsoft", "OpenAI", "self", "pref"), text.words());
        assertEquals("Microsoft <-> OpenAI <-> self <-> pref:*", text.tsquery(List.of()));
        assertEquals(
                "Microsoft <-> OpenAI <-> self <-> ('preferencing' | 'prefs')",
                text.tsquery(List.of("preferencing", "prefs")));
        // A stored word is quoted as tsquery reads quotes and backslashes.
        assertEquals("('it''s' | 'a\\\\b')", SearchText.of("it").tsquery(List.of("it's", "a\\b")));
        // Too many letters before the dot, or letters after it, make it words, not a reference.
        assertEquals(SearchText.Kind.WORDS, SearchText.of("ABCDEFG.123").kind());
        assertEquals(List.of("AT", "4a"), SearchText.of("AT.4a").words());
        assertEquals(
                List.of("Société", "Générale"),
                SearchText.of("Société Générale").words());
    }

    @Test
    void textWithoutLettersOrDigitsAsksForNothing() {
        assertEquals(SearchText.Kind.NOTHING, SearchText.of("/// -- !").kind());
        assertEquals(SearchText.Kind.NOTHING, SearchText.of("").kind());
    }
}
