package eu.competitiondesk.web;

import eu.competitiondesk.platform.IdentifiedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;

/** A form that could not be saved, kept for its user in one browser ({@link KeptForms}). */
@Entity
public class KeptForm extends IdentifiedEntity {

    /** Keyed hash of the browser's cookie: the only way to the row. */
    public byte[] browserHash;

    public long userId;

    @Enumerated(EnumType.STRING)
    public KeptForms.Reason reason;

    /** Where the form posts to: the form it is restored into on a page. */
    public String formPath;

    /** The page the form was on, to return to. */
    public String pagePath;

    /** The fields, encrypted under a key only the browser's cookie gives. */
    public byte[] fields;

    public OffsetDateTime keptAt;

    public OffsetDateTime expiresAt;
}
