package eu.competitiondesk.cases;

/**
 * What the case list is asked for: free text (reference, title or party), filters (status, type, a team member),
 * sort order and page. Pages count from 1.
 */
public record CaseCriteria(String text, CaseStatus status, CaseType type, Long officerId, CaseSort sort,
        boolean descending, int page, int size) {

    public static final int MAX_SIZE = 100;

    /** Beyond any list an authority keeps (a million cases at 25 a page); keeps the row offset an int. */
    public static final int MAX_PAGE = 40_000;

    public CaseCriteria {
        text = text == null || text.isBlank() ? null : text.trim();
        sort = sort == null ? CaseSort.OPENED : sort;
        page = Math.min(MAX_PAGE, Math.max(1, page));
        size = Math.min(MAX_SIZE, Math.max(1, size));
    }
}
