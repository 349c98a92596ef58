package eu.competitiondesk.agreements;

import eu.competitiondesk.assessments.AgreementHistory.AgreementRef;
import eu.competitiondesk.cases.CaseHeading;
import eu.competitiondesk.cases.CasePanel;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The case page's list of the case's agreements, each leading to its timeline. */
@ApplicationScoped
public class AgreementsPanel implements CasePanel {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance panel(CaseHeading caseFile, boolean canEdit, List<AgreementRef> agreements);
    }

    @Inject
    AgreementDirectory agreements;

    @Override
    public int position() {
        return 25;
    }

    @Override
    public String render(CaseHeading caseFile, boolean canEdit) {
        return Templates.panel(caseFile, canEdit, agreements.ofCase(caseFile.id()))
                .render();
    }
}
