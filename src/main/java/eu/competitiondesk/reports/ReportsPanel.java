package eu.competitiondesk.reports;

import eu.competitiondesk.cases.CaseFile;
import eu.competitiondesk.cases.CasePanel;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The case page's reports: previews, CSV and JSON downloads, the export buttons and the snapshots exported so far. */
@ApplicationScoped
public class ReportsPanel implements CasePanel {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance panel(CaseFile caseFile, boolean canEdit, List<ReportSnapshot> reports);
    }

    @Override
    public int position() {
        return 40;
    }

    @Override
    public String render(CaseFile caseFile, boolean canEdit) {
        return Templates.panel(caseFile, canEdit, ReportSnapshot.ofCase(caseFile.id)).render();
    }
}
