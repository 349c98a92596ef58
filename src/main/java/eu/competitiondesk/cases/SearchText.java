package eu.competitiondesk.cases;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the case list's search box was asked, read the way officers search: a reference or its beginning ("AT.4",
 * "M.11234") is looked up by prefix; anything else is a run of words found in the reference, the title or a party's
 * name, in the order typed, the last one possibly incomplete ("microsoft open" finds "Microsoft/OpenAI"). Text
 * with no letter or digit asks for nothing that can match.
 *
 * <p>The words are split as migration V14 splits a case's text (punctuation is a separator), so both sides agree;
 * PostgreSQL's 'simple' configuration lower-cases both.
 */
public record SearchText(Kind kind, String prefix, List<String> words) {

    public enum Kind {
        REFERENCE_PREFIX,
        WORDS,
        NOTHING
    }

    /** The shape of a reference (CaseReference.PATTERN) cut anywhere after its dot. */
    private static final Pattern REFERENCE_PREFIX = Pattern.compile("[A-Za-z]{1,6}\\.[0-9]{0,8}");

    /** Letters (with their combining marks) and digits; everything else separates words. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    public static SearchText of(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (REFERENCE_PREFIX.matcher(text).matches()) {
            return new SearchText(Kind.REFERENCE_PREFIX, text.toUpperCase(Locale.ROOT), List.of());
        }
        List<String> words =
                WORD.matcher(text).results().map(MatchResult::group).toList();
        return new SearchText(words.isEmpty() ? Kind.NOTHING : Kind.WORDS, null, words);
    }

    /** The last word, which may be incomplete. */
    public String lastWord() {
        return words.get(words.size() - 1);
    }

    /**
     * The words as a PostgreSQL tsquery: adjacent in order ({@code <->}), the last one given as the whole words it
     * can begin, {@code completions} (lexemes, as stored), or, when there are none, as a prefix. Typed words hold only
     * letters, marks and digits, so none needs quoting; the completions are quoted.
     */
    public String tsquery(List<String> completions) {
        String last = completions.isEmpty()
                ? lastWord() + ":*"
                : completions.stream().map(SearchText::quoted).collect(Collectors.joining(" | ", "(", ")"));
        return Stream.concat(words.subList(0, words.size() - 1).stream(), Stream.of(last))
                .collect(Collectors.joining(" <-> "));
    }

    private static String quoted(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
