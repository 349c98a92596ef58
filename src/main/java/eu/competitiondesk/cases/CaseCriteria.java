package eu.competitiondesk.cases;

/**
 * What the case list is asked for: free text (reference, title or party), filters (status, type, a team member),
 * sort order and page. Pages count from 1.
 */
public record CaseCriteria(
        String text,
        CaseStatus status,
        CaseType type,
        Long officerId,
        CaseSort sort,
        boolean descending,
        int page,
        int size) {

    public static final int MAX_SIZE = 100;

    /** Beyond any list an authority keeps (a million cases at 25 a page); keeps the row offset an int. */
    public static final int MAX_PAGE = 40_000;

    /** Longer search text is cut: no reference, title or party name is longer. */
    public static final int MAX_TEXT = 300;

    /**
     * Characters no one types (a NUL, other control characters) are dropped from the search text: stored text never
     * holds them, so they could match nothing, and PostgreSQL refuses a NUL in a query parameter.
     */
    public CaseCriteria {
        text = eu.competitiondesk.platform.validation.PlainText.Validator.withoutUntypable(text);
        text = text == null || text.isBlank() ? null : text.strip();
        text = text != null && text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        sort = sort == null ? CaseSort.OPENED : sort;
        page = Math.min(MAX_PAGE, Math.max(1, page));
        size = Math.min(MAX_SIZE, Math.max(1, size));
    }
}
