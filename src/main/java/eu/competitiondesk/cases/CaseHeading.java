package eu.competitiondesk.cases;

/**
 * What another feature knows of a case: how to name it and link to it on its own pages (the banner at the top of
 * every page inside a case), and what stage it is at. The case's entity stays the cases feature's own.
 */
public record CaseHeading(long id, String reference, String title, CaseType type, CaseStatus status) {

    static CaseHeading of(CaseFile caseFile) {
        return new CaseHeading(caseFile.id, caseFile.reference, caseFile.title, caseFile.type, caseFile.status);
    }
}
