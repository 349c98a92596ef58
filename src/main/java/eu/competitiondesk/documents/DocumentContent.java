package eu.competitiondesk.documents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a case document, read only when someone downloads it. */
@Entity
@Table(name = "case_document_content")
public class DocumentContent extends PanacheEntityBase {

    @Id
    public Long documentId;

    public byte[] content;
}
