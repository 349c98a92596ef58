package eu.competitiondesk.economics;

import eu.competitiondesk.platform.IdentifiedEntity;
import eu.competitiondesk.platform.validation.PlainText;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.OffsetDateTime;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * What every analysis kept with a market has: the market (by id, reached only through the market's access check),
 * a name, the source of its inputs, whether they are illustrative, and a version that refuses stale saves.
 */
@MappedSuperclass
public abstract class MarketAnalysis extends IdentifiedEntity {

    public long marketId;

    public String name;

    public String source;

    /** Inputs chosen to illustrate the method, not figures of the case. */
    public boolean illustrative;

    @Version
    public long version;

    @CreationTimestamp
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    public OffsetDateTime updatedAt;

    /** A new, empty analysis of the kind. */
    static <T extends MarketAnalysis> T create(Class<T> kind) {
        try {
            return kind.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The kind of analysis as the audit trail names it. */
    abstract String kindInAudit();

    /** An analysis's name as a command carries it: required, plain text, up to 200 characters. */
    @NotBlank(message = "{desk.analysis.name.required}")
    @Size(max = 200, message = "{desk.too.long}")
    @PlainText
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = {})
    @interface Name {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** The source of an analysis's inputs: required, plain text, up to 1,000 characters. */
    @NotBlank(message = "{desk.analysis.source.required}")
    @Size(max = 1000, message = "{desk.too.long}")
    @PlainText
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = {})
    @interface Source {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }
}
