package eu.competitiondesk.support;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds real ids inside a case, so route tests can fill every path parameter with something that exists. */
@ApplicationScoped
public class CaseFixtures {

    /** The demo case: it has parties, team, key dates, markets with datasets and rows, and assessments. */
    @Transactional
    public long demoCaseId() {
        return ((Number) Panache.getEntityManager().createNativeQuery("""
                select c.id from case_file c
                 where exists (select 1 from market m where m.case_id = c.id)
                   and exists (select 1 from assessment a where a.case_id = c.id)
                   and exists (select 1 from case_party p where p.case_id = c.id)
                   and exists (select 1 from case_key_date k where k.case_id = c.id)
                   and exists (select 1 from agreement g where g.case_id = c.id)
                 order by c.id limit 1""").getSingleResult()).longValue();
    }

    /**
     * Gives the case one of everything a route can name (a report snapshot, a document) and returns the ids of
     * {@link #idsInside} with the id of one section of its first assessment, for walking every page of the case.
     */
    public Map<String, String> idsForEveryRoute(Session officer, long caseId) {
        officer.request()
                .contentType("application/json")
                .body("{\"edition\":\"public\"}")
                .post("/api/v1/cases/" + caseId + "/reports")
                .then()
                .statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.equalTo(201), org.hamcrest.Matchers.equalTo(200)));
        Cases.upload(officer, caseId, "notes.csv", "firm,share\nAWS,30\n".getBytes(), "text/csv")
                .then()
                .statusCode(303);
        Map<String, String> ids = idsInside(caseId);
        String assessmentPage = officer.request()
                .get("/cases/" + caseId + "/assessments/" + ids.get("assessmentId"))
                .asString();
        java.util.regex.Matcher section =
                java.util.regex.Pattern.compile("/sections/([a-z0-9-]+)").matcher(assessmentPage);
        if (!section.find()) {
            throw new IllegalStateException("the assessment page links no section");
        }
        ids.put("sectionId", section.group(1));
        return ids;
    }

    /** Path parameter name to an existing id of that kind inside the case. */
    @Transactional
    public Map<String, String> idsInside(long caseId) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("caseId", String.valueOf(caseId));
        // The officer's assessment is written under an anchor: the report's introduction is one every case has.
        ids.put("anchor", "introduction");
        put(ids, "marketId", "select id from market where case_id = ?1 order by id", caseId);
        put(
                ids,
                "datasetId",
                "select d.id from share_dataset d join market m on m.id = d.market_id"
                        + " where m.case_id = ?1 and exists (select 1 from share_row r where r.dataset_id = d.id)"
                        // A market with a kept scenario first, so that scenario routes have one to show.
                        + " order by exists (select 1 from market_scenario s where s.market_id = m.id) desc, d.id",
                caseId);
        ids.put(
                "marketId",
                one("select d.market_id from share_dataset d where d.id = ?1", Long.parseLong(ids.get("datasetId"))));
        put(
                ids,
                "rowId",
                "select id from share_row where dataset_id = ?1 order by id",
                Long.parseLong(ids.get("datasetId")));
        put(
                ids,
                "scenarioId",
                "select id from market_scenario where market_id = ?1 order by id",
                Long.parseLong(ids.get("marketId")));
        put(
                ids,
                "definitionId",
                "select id from market_definition_analysis where market_id = ?1 order by id",
                Long.parseLong(ids.get("marketId")));
        put(
                ids,
                "effectsId",
                "select id from unilateral_effects_analysis where market_id = ?1 order by id",
                Long.parseLong(ids.get("marketId")));
        put(
                ids,
                "verticalId",
                "select id from vertical_effects_analysis where market_id = ?1 order by id",
                Long.parseLong(ids.get("marketId")));
        put(
                ids,
                "simulationId",
                "select id from merger_simulation_analysis where market_id = ?1 order by id",
                Long.parseLong(ids.get("marketId")));
        put(ids, "assessmentId", "select id from assessment where case_id = ?1 order by id", caseId);
        put(ids, "partyId", "select id from case_party where case_id = ?1 order by id", caseId);
        put(ids, "memberId", "select id from case_team_member where case_id = ?1 order by id", caseId);
        put(ids, "keyDateId", "select id from case_key_date where case_id = ?1 order by id", caseId);
        put(ids, "documentId", "select id from case_document where case_id = ?1 order by id", caseId);
        put(ids, "reportId", "select id from report_snapshot where case_id = ?1 order by id", caseId);
        put(ids, "agreementId", "select id from agreement where case_id = ?1 order by id", caseId);
        put(
                ids,
                "clauseId",
                "select id from agreement_clause where agreement_id = ?1 order by id",
                Long.parseLong(ids.get("agreementId")));
        return ids;
    }

    private static void put(Map<String, String> ids, String name, String sql, long param) {
        ids.put(name, one(sql, param));
    }

    private static String one(String sql, long param) {
        List<?> rows = Panache.getEntityManager()
                .createNativeQuery(sql)
                .setParameter(1, param)
                .setMaxResults(1)
                .getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("nothing found for: " + sql);
        }
        return rows.get(0).toString();
    }
}
