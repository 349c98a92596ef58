package eu.competitiondesk.reasoning;

import eu.competitiondesk.web.Routes;
import io.quarkus.qute.TemplateExtension;

/** The address of the officer's assessment form, for templates ({@code {reasoningPath:edit(...)}}) and Java. */
@TemplateExtension(namespace = "reasoningPath")
public final class ReasoningRoutes {

    private ReasoningRoutes() {}

    public static String edit(long caseId, String anchor) {
        return Routes.path(OfficerTextResource.class, "form", caseId, anchor);
    }

    /** The form for {@code anchor}, saying what the text is {@code about} and going {@code back} to that page. */
    public static String edit(long caseId, String anchor, String about, String back) {
        return Routes.query(Routes.query(edit(caseId, anchor), "about", about), "back", back);
    }
}
