package eu.competitiondesk.cases;

import eu.competitiondesk.web.Routes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The case list's query string as typed. Unknown filter or sort values are ignored rather than refused, so an old
 * bookmark still opens a list.
 */
public class CaseListQuery {

    @RestQuery("q")
    public String textParam;

    @RestQuery("status")
    public String statusParam;

    @RestQuery("type")
    public String typeParam;

    @RestQuery("officer")
    public String officerParam;

    @RestQuery("sort")
    public String sortParam;

    @RestQuery("dir")
    public String dirParam;

    @RestQuery("page")
    public String pageParam;

    /** A column header of the list: its label, and a link that sorts by it (the opposite way when already sorted). */
    public record Column(String label, boolean sortable, String href, String ariaSort) {}

    public CaseCriteria toCriteria(int pageSize) {
        return new CaseCriteria(
                textParam,
                parse(CaseStatus.class, statusParam),
                parse(CaseType.class, typeParam),
                officerId(),
                CaseSort.parse(sortParam).orElse(CaseSort.OPENED),
                isDescending(),
                pageNumber(),
                pageSize);
    }

    public String getQ() {
        return textParam;
    }

    public String getStatus() {
        return parse(CaseStatus.class, statusParam) == null ? "" : statusParam.trim();
    }

    public String getType() {
        return parse(CaseType.class, typeParam) == null ? "" : typeParam.trim();
    }

    public String getOfficer() {
        return officerId() == null ? "" : officerId().toString();
    }

    public String getSort() {
        return CaseSort.parse(sortParam).orElse(CaseSort.OPENED).param();
    }

    /** Newest first unless asked otherwise. */
    public boolean isDescending() {
        return dirParam == null ? CaseSort.parse(sortParam).isEmpty() : !"asc".equals(dirParam);
    }

    public String getDir() {
        return isDescending() ? "desc" : "asc";
    }

    public String pageHref(int target) {
        return href(getSort(), getDir(), target);
    }

    public List<Column> columns(CaseMessages caseMsg) {
        return List.of(
                column(caseMsg.case_reference(), CaseSort.REFERENCE),
                column(caseMsg.case_title(), CaseSort.TITLE),
                new Column(caseMsg.case_parties(), false, null, "none"),
                column(caseMsg.case_type(), CaseSort.TYPE),
                column(caseMsg.case_status(), CaseSort.STATUS),
                column(caseMsg.case_opened_on(), CaseSort.OPENED));
    }

    private Column column(String label, CaseSort sortBy) {
        boolean current = sortBy.param().equals(getSort());
        String nextDir = current && !isDescending() ? "desc" : "asc";
        String aria = current ? (isDescending() ? "descending" : "ascending") : "none";
        return new Column(label, true, href(sortBy.param(), nextDir, 1), aria);
    }

    private String href(String sortBy, String direction, int target) {
        Map<String, String> params = new LinkedHashMap<>();
        if (textParam != null && !textParam.isBlank()) {
            params.put("q", textParam.trim());
        }
        if (!getStatus().isEmpty()) {
            params.put("status", getStatus());
        }
        if (!getType().isEmpty()) {
            params.put("type", getType());
        }
        if (!getOfficer().isEmpty()) {
            params.put("officer", getOfficer());
        }
        params.put("sort", sortBy);
        params.put("dir", direction);
        if (target > 1) {
            params.put("page", Integer.toString(target));
        }
        String address = CaseRoutes.list();
        for (Map.Entry<String, String> param : params.entrySet()) {
            address = Routes.query(address, param.getKey(), param.getValue());
        }
        return address;
    }

    private Long officerId() {
        try {
            return officerParam == null || officerParam.isBlank() ? null : Long.valueOf(officerParam.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private int pageNumber() {
        try {
            return pageParam == null
                    ? 1
                    : Math.min(CaseCriteria.MAX_PAGE, Math.max(1, Integer.parseInt(pageParam.trim())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
