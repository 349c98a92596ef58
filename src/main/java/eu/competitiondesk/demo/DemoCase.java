package eu.competitiondesk.demo;

import eu.competitiondesk.audit.AuditAction;
import eu.competitiondesk.audit.AuditTrail;
import eu.competitiondesk.cases.CaseDetails;
import eu.competitiondesk.cases.CaseDirectory;
import eu.competitiondesk.cases.CaseOpening;
import eu.competitiondesk.cases.CaseService;
import eu.competitiondesk.cases.CaseStatus;
import eu.competitiondesk.cases.CaseType;
import eu.competitiondesk.cases.KeyDateDetails;
import eu.competitiondesk.cases.KeyDateKind;
import eu.competitiondesk.cases.NoteDetails;
import eu.competitiondesk.cases.PartyDetails;
import eu.competitiondesk.cases.PartyRole;
import eu.competitiondesk.platform.Commands;
import eu.competitiondesk.security.AppUser;
import eu.competitiondesk.security.Role;
import eu.competitiondesk.security.UserAccounts;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * With DESK_DEMO_DATA=true, loads once a demonstration case built from public reporting on Microsoft's Azure
 * exclusivity with OpenAI and OpenAI's compute agreement with AWS, and a demo officer on its team. Facts and dates
 * come from public reporting (docs/methodology.md, "The demonstration case"); the case itself is not a real
 * proceeding. Its markets and shares come from {@link DemoMarkets}.
 */
@ApplicationScoped
public class DemoCase {

    private static final Logger LOG = Logger.getLogger(DemoCase.class);

    public static final String REFERENCE = "AT.90001";
    public static final String OFFICER_USERNAME = "officer";
    /** Demo mode only: a short, published password for trying the product. */
    static final String OFFICER_PASSWORD = "officer";

    /** Built from public reporting; see docs/methodology.md, "The demonstration case". */
    private static final String SUMMARY = """
            Demonstration file built from public reporting; not a real proceeding.
            From 2019 Microsoft Azure was OpenAI's exclusive cloud provider. In January 2025 the exclusivity \
            gave way to a Microsoft right of first refusal. The UK CMA found in March/April 2025 that Microsoft \
            had acquired material influence over OpenAI, not control. On 28 October 2025 a new agreement left \
            Microsoft about 27% of OpenAI Group PBC, an incremental USD 250 bn Azure commitment by OpenAI and no \
            right of first refusal, while API exclusivity on Azure remained. On 3 November 2025 OpenAI and AWS \
            signed a USD 38 bn, seven-year compute agreement.
            Question for the team: did the exclusivity foreclose rival cloud providers (AWS about 30%, Azure \
            about 20-23% of worldwide cloud infrastructure services), and does the remaining API exclusivity?""";

    @Inject
    UserAccounts accounts;

    @Inject
    Commands commands;

    @Inject
    CaseService cases;

    @Inject
    CaseDirectory caseDirectory;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    DemoMarkets markets;

    @Inject
    DemoAssessments assessments;

    @ConfigProperty(name = "desk.demo-data")
    boolean enabled;

    @Transactional
    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    private static PartyDetails party(String name, PartyRole role) {
        return new PartyDetails(name, role.name());
    }

    private static KeyDateDetails keyDate(String label, KeyDateKind kind, LocalDate dueOn) {
        return new KeyDateDetails(label, kind.name(), dueOn.toString(), null);
    }

    private void load() {
        AppUser officer = AppUser.findByUsername(OFFICER_USERNAME)
                .orElseGet(() ->
                        accounts.createBySystem(OFFICER_USERNAME, "Demo Officer", Role.CASE_OFFICER, OFFICER_PASSWORD));
        if (caseDirectory.referenceTaken(REFERENCE)) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        CaseOpening opening = new CaseOpening(
                new CaseDetails(
                        REFERENCE,
                        "Microsoft / OpenAI – Azure cloud exclusivity (demonstration case)",
                        CaseType.ARTICLE_101.name(),
                        "2025-11-10",
                        SUMMARY),
                CaseStatus.INVESTIGATION.name(),
                List.of(
                        party("Microsoft Corporation", PartyRole.UNDERTAKING_CONCERNED),
                        party("OpenAI Group PBC", PartyRole.UNDERTAKING_CONCERNED),
                        party("Amazon Web Services, Inc.", PartyRole.THIRD_PARTY)),
                List.of(
                        keyDate(
                                "New Microsoft–OpenAI agreement (reported)",
                                KeyDateKind.MILESTONE,
                                LocalDate.of(2025, 10, 28)),
                        keyDate(
                                "OpenAI–AWS compute agreement (reported)",
                                KeyDateKind.MILESTONE,
                                LocalDate.of(2025, 11, 3)),
                        // Working deadlines of the demo team, set relative to the day the demo is loaded so they stay
                        // upcoming.
                        keyDate(
                                "Preliminary assessment to head of unit",
                                KeyDateKind.INTERNAL_DEADLINE,
                                today.plusDays(10)),
                        keyDate("Market definition memo", KeyDateKind.INTERNAL_DEADLINE, today.plusDays(30))),
                List.of(new CaseOpening.DatedNote(
                        new NoteDetails("Later 2026 reports on the Microsoft–OpenAI"
                                + " relationship come from secondary sources: verify them against primary documents before"
                                + " relying on them."),
                        null)));
        commands.check(opening);
        long caseId = audit.withinOneEvent(() -> {
            long id = cases.open(opening, officer).id();
            markets.load(id);
            assessments.load(id);
            return id;
        });
        audit.recordAs(AuditTrail.SYSTEM, caseId, AuditAction.CASE_CREATED, "Loaded demonstration case " + REFERENCE);
        LOG.infof("Loaded the demo case %s; sign in as '%s' to open it.", REFERENCE, OFFICER_USERNAME);
    }
}
