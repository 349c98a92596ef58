package eu.competitiondesk.documents;

import io.quarkus.qute.i18n.MessageBundle;

/** The texts of a case's documents: {@code {doc:key}} in templates, in messages/doc_en.properties. */
@MessageBundle("doc")
public interface DocumentMessages {

    String documents_title();

    String documents_none();

    String documents_link();

    String document_name();

    String document_type();

    String document_size();

    String document_uploaded();

    String document_marking();

    String document_confidential_tag();

    String document_not_confidential();

    String document_upload_title();

    String document_file();

    String document_file_hint(String maxSize);

    String document_description();

    String document_confidential();

    String document_confidential_hint();

    String document_upload();

    String document_choose();

    String document_type_refused();

    String document_not_the_package(String extension);

    String document_macros(String extension);

    String document_not_a_pdf();

    String document_too_large(String maxSize);

    String document_uploaded_flash(String name);

    String document_removed(String name);

    String document_in_use(String uses);
}
