package eu.competitiondesk.documents;

import eu.competitiondesk.web.Routes;
import io.quarkus.qute.TemplateExtension;

/** The addresses of a case's documents, for templates ({@code {documentPath:list(caseFile.id)}}) and Java. */
@TemplateExtension(namespace = "documentPath")
public final class DocumentRoutes {

    private DocumentRoutes() {}

    public static String list(long caseId) {
        return Routes.path(DocumentResource.class, "list", caseId);
    }

    public static String download(long caseId, long documentId) {
        return Routes.path(DocumentResource.class, "download", caseId, documentId);
    }

    public static String remove(long caseId, long documentId) {
        return Routes.path(DocumentResource.class, "remove", caseId, documentId);
    }
}
