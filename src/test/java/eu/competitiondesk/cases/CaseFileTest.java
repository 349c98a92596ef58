package eu.competitiondesk.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.competitiondesk.security.AppUser;
import eu.competitiondesk.security.Role;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The case file's own rules, as every entry point (pages, API, import, demo data) meets them. */
class CaseFileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-02T09:00:00Z");
    private static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private static AppUser user(long id, Role role) {
        AppUser user = new AppUser();
        user.id = id;
        user.username = "user" + id;
        user.fullName = "User " + id;
        user.role = role;
        return user;
    }

    private static Set<String> invalid(Object command) {
        return VALIDATOR.validate(command).stream()
                .map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }

    @Test
    void detailsAreNormalisedOnConstructionSoEveryCallerValidatesTheSameValues() {
        CaseDetails details = new CaseDetails("  at.40987 ", "  Cloud  ", " ARTICLE_102 ", "  ", "  \n ");
        assertEquals("AT.40987", details.reference());
        assertEquals("Cloud", details.title());
        assertEquals("ARTICLE_102", details.type());
        assertNull(details.openedOn(), "a blank date is none, so the opening date becomes today");
        assertNull(details.summary());
        assertEquals(Set.of(), invalid(details));
        assertEquals(TODAY, CaseFile.open(CaseOpening.of(details), user(1, Role.CASE_OFFICER), NOW, TODAY).openedOn);
    }

    @Test
    void detailsRefuseWhatNoOneTypesAndImplausibleDates() {
        assertEquals(
                Set.of("reference", "title", "type", "openedOn", "summary"),
                invalid(new CaseDetails(
                        "AT-1", "A\u0000B", "CARTEL", "0999-01-01", "x".repeat(CaseFile.SUMMARY_MAX + 1))));
        assertEquals(
                Set.of("title", "summary"),
                invalid(new CaseDetails("AT.40987", "Tab\tin a title", "MERGER", "2025-01-01", "bell\u0007")));
        assertEquals(
                Set.of(), invalid(new CaseDetails("AT.40987", "Fine", "MERGER", "2200-12-31", "Lines\r\nand\ttabs")));
    }

    @Test
    void aNewCaseIsOpenWithItsOpenerAsLead() {
        AppUser lead = user(1, Role.CASE_OFFICER);
        CaseFile caseFile = CaseFile.open(
                CaseOpening.of(new CaseDetails("AT.40987", "Cloud", "ARTICLE_102", "2025-03-01", null)),
                lead,
                NOW,
                TODAY);
        assertEquals(CaseStatus.OPEN, caseFile.status);
        assertEquals(LocalDate.of(2025, 3, 1), caseFile.openedOn);
        assertEquals(1, caseFile.team.size());
        assertEquals(TeamRole.LEAD, caseFile.team.get(0).teamRole);
        CaseFile imported = CaseFile.open(
                new CaseOpening(
                        new CaseDetails("AT.40988", "Closed elsewhere", "MERGER", "2020-01-01", null),
                        "CLOSED",
                        null,
                        null,
                        null),
                lead,
                NOW,
                TODAY);
        assertEquals(CaseStatus.CLOSED, imported.status);
    }

    @Test
    void partsAreTrimmedAndABlankLegalBasisIsNone() {
        CaseFile caseFile = CaseFile.open(
                CaseOpening.of(new CaseDetails("AT.40987", "Cloud", "ARTICLE_102", null, null)),
                user(1, Role.CASE_OFFICER),
                NOW,
                TODAY);
        assertEquals("Microsoft", caseFile.addParty(new PartyDetails("  Microsoft ", " COMPLAINANT")).name);
        assertEquals(1, caseFile.addParty(new PartyDetails("OpenAI", "THIRD_PARTY")).position);
        KeyDate date = caseFile.addKeyDate(new KeyDateDetails(" Reply ", "MILESTONE", TODAY.toString(), "   "));
        assertEquals("Reply", date.label);
        assertNull(date.legalBasis);
        assertEquals(
                "DMA Art. 3(4)",
                caseFile.addKeyDate(new KeyDateDetails(
                                "Decision", "STATUTORY_DEADLINE", TODAY.toString(), " DMA Art. 3(4) "))
                        .legalBasis);
        OffsetDateTime written = OffsetDateTime.parse("2025-01-01T10:00:00Z");
        assertEquals(
                "Read me",
                caseFile.addNote(user(1, Role.CASE_OFFICER), new NoteDetails("\n Read me \n"), written).body);
        assertEquals(written, caseFile.notes.get(0).createdAt);
    }

    @Test
    void aChangeToAPartMarksTheCaseChanged() {
        CaseFile caseFile = CaseFile.open(
                CaseOpening.of(new CaseDetails("AT.40987", "Cloud", "ARTICLE_102", null, null)),
                user(1, Role.CASE_OFFICER),
                NOW,
                TODAY);
        caseFile.updatedAt = null;
        caseFile.addParty(new PartyDetails("Microsoft", "COMPLAINANT"));
        assertNotNull(caseFile.updatedAt, "the case row changes, so its version moves");
    }

    @Test
    void aReaderJoinsAsAReaderWhateverRoleWasAskedAndNoOneJoinsTwice() {
        CaseFile caseFile = CaseFile.open(
                CaseOpening.of(new CaseDetails("AT.40987", "Cloud", "ARTICLE_102", null, null)),
                user(1, Role.CASE_OFFICER),
                NOW,
                TODAY);
        assertEquals(
                TeamRole.READER,
                caseFile.addMember(user(2, Role.READER), TeamRole.LEAD).orElseThrow().teamRole);
        assertEquals(
                TeamRole.OFFICER,
                caseFile.addMember(user(3, Role.CASE_OFFICER), TeamRole.OFFICER).orElseThrow().teamRole);
        assertTrue(caseFile.addMember(user(3, Role.CASE_OFFICER), TeamRole.LEAD).isEmpty());
        assertEquals(3, caseFile.team.size());
    }

    @Test
    void theLastLeadCannotLeave() {
        CaseFile caseFile = CaseFile.open(
                CaseOpening.of(new CaseDetails("AT.40987", "Cloud", "ARTICLE_102", null, null)),
                user(1, Role.CASE_OFFICER),
                NOW,
                TODAY);
        caseFile.team.get(0).id = 10L;
        assertThrows(CaseFile.LastLeadException.class, () -> caseFile.removeMember(10L));
        TeamMember second =
                caseFile.addMember(user(2, Role.CASE_OFFICER), TeamRole.LEAD).orElseThrow();
        second.id = 11L;
        assertEquals(second, caseFile.removeMember(11L).orElseThrow());
        assertTrue(caseFile.removeMember(99L).isEmpty());
    }

    @Test
    void theWorkflowMovesOneStageAtATime() {
        CaseFile caseFile = CaseFile.open(
                CaseOpening.of(new CaseDetails("AT.40987", "Cloud", "ARTICLE_102", null, null)),
                user(1, Role.CASE_OFFICER),
                NOW,
                TODAY);
        assertThrows(IllegalStateException.class, () -> caseFile.moveTo(CaseStatus.DECISION));
        caseFile.moveTo(CaseStatus.INVESTIGATION);
        assertEquals(CaseStatus.INVESTIGATION, caseFile.status);
    }

    @Test
    void aChangeListsWhatChangedInWords() {
        CaseFile caseFile = CaseFile.open(
                CaseOpening.of(new CaseDetails("AT.40987", "Cloud", "ARTICLE_102", "2025-01-01", null)),
                user(1, Role.CASE_OFFICER),
                NOW,
                TODAY);
        assertEquals(List.of(), caseFile.change(CaseDetails.of(caseFile), TODAY));
        assertEquals(
                List.of("reference AT.40987 -> AT.40988", "title", "summary"),
                caseFile.change(
                        new CaseDetails("AT.40988", "Cloud services", "ARTICLE_102", "2025-01-01", "New"), TODAY));
        assertEquals("AT.40988", caseFile.reference);
    }
}
