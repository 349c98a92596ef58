package eu.competitiondesk.web;

import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A form that could not be saved, kept for its user in one browser ({@link KeptForms}). */
@Entity
@Table(name = "kept_form")
public class KeptForm extends IdentifiedEntity {

    /** Keyed hash of the browser's cookie: the only way to the row. */
    @Column(name = "browser_hash")
    public byte[] browserHash;

    @Column(name = "user_id")
    public long userId;

    @Enumerated(EnumType.STRING)
    public KeptForms.Reason reason;

    /** Where the form posts to: the form it is restored into on a page. */
    @Column(name = "form_path")
    public String formPath;

    /** The page the form was on, to return to. */
    @Column(name = "page_path")
    public String pagePath;

    /** The fields, encrypted under a key only the browser's cookie gives. */
    public byte[] fields;

    @Column(name = "kept_at")
    public OffsetDateTime keptAt;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
}
