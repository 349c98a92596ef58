package eu.competitiondesk.documents;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of a case's documents: {@code {doc:key}} in templates, in messages/doc_en.properties. */
@MessageBundle("doc")
public interface DocumentMessages {

    @Message String documents_title();
    @Message String documents_none();
    @Message String documents_link();
    @Message String document_name();
    @Message String document_type();
    @Message String document_size();
    @Message String document_uploaded();
    @Message String document_marking();
    @Message String document_confidential_tag();
    @Message String document_not_confidential();
    @Message String document_upload_title();
    @Message String document_file();
    @Message String document_file_hint(String maxSize);
    @Message String document_description();
    @Message String document_confidential();
    @Message String document_confidential_hint();
    @Message String document_upload();
    @Message String document_choose();
    @Message String document_type_refused();
    @Message String document_not_the_package(String extension);
    @Message String document_macros(String extension);
    @Message String document_not_a_pdf();
    @Message String document_too_large(String maxSize);
    @Message String document_uploaded_flash(String name);
    @Message String document_removed(String name);
    @Message String document_in_use(String uses);
}
