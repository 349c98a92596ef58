package eu.competitiondesk.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.competitiondesk.audit.AuditAction;
import eu.competitiondesk.audit.AuditTrail;
import eu.competitiondesk.cases.CaseDirectory;
import eu.competitiondesk.security.AppUser;
import eu.competitiondesk.security.Role;
import eu.competitiondesk.security.UserAccounts;
import eu.competitiondesk.transfer.CaseTransfer;
import eu.competitiondesk.transfer.CaseTransferService;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * With DESK_DEMO_DATA=true, loads once a demonstration case built from public reporting on Microsoft's Azure
 * exclusivity with OpenAI and OpenAI's compute agreement with AWS, and a demo officer on its team. The case is a
 * case file in the transfer format ({@value #DATA}), imported through the same commands and services as any case
 * another installation sends: its summary, parties and dates from public reporting, its shares as published
 * (docs/methodology.md, "The demonstration case"; DemoDataTest holds them to {@code demo/cloud-market-shares.csv}),
 * its assessments answered from the public record. The case itself is not a real proceeding.
 */
@ApplicationScoped
public class DemoCase {

    private static final Logger LOG = Logger.getLogger(DemoCase.class);

    public static final String REFERENCE = "AT.90001";
    public static final String OFFICER_USERNAME = "officer";
    /** Demo mode only: a short, published password for trying the product. */
    static final String OFFICER_PASSWORD = "officer";

    static final String DATA = "demo/demo-case.json";

    /** The team's working deadlines are set relative to the day the demo is loaded, so they stay upcoming. */
    private static final Pattern DAYS_FROM_TODAY = Pattern.compile("\"\\{today\\+(\\d+)}\"");

    @Inject
    UserAccounts accounts;

    @Inject
    CaseDirectory caseDirectory;

    @Inject
    CaseTransferService transfers;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @ConfigProperty(name = "desk.demo-data")
    boolean enabled;

    @Transactional
    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    private void load() {
        AppUser officer = AppUser.findByUsername(OFFICER_USERNAME)
                .orElseGet(() ->
                        accounts.createBySystem(OFFICER_USERNAME, "Demo Officer", Role.CASE_OFFICER, OFFICER_PASSWORD));
        if (caseDirectory.referenceTaken(REFERENCE)) {
            return;
        }
        CaseTransfer demo = read(LocalDate.now(clock));
        long caseId;
        try {
            caseId = audit.withinOneEvent(() -> transfers.importCase(demo, officer));
        } catch (eu.competitiondesk.platform.InvalidCommand e) {
            // The shipped file is the product's own: say which of its fields this version refuses.
            LOG.errorf("The demo case could not be loaded: %s", e.errors);
            throw e;
        }
        audit.recordAs(AuditTrail.SYSTEM, caseId, AuditAction.CASE_CREATED, "Loaded demonstration case " + REFERENCE);
        LOG.infof("Loaded the demo case %s; sign in as '%s' to open it.", REFERENCE, OFFICER_USERNAME);
    }

    /** The demo case file, its working deadlines counted from {@code today}. */
    CaseTransfer read(LocalDate today) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DATA)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String dated = DAYS_FROM_TODAY
                    .matcher(text)
                    .replaceAll(m -> "\"" + today.plusDays(Long.parseLong(m.group(1))) + "\"");
            return json.readValue(dated, CaseTransfer.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
