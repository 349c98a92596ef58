package eu.competitiondesk.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * A text holding only what a person types: no control or format characters, no lone surrogates, no
 * non-characters. Tab and line breaks are allowed only in a multi-line field. Such characters are refused rather
 * than dropped, so what is stored is what the user saw; PostgreSQL cannot store NUL at all, and XML (behind the
 * PDF and DOCX exports) cannot carry most control characters.
 */
@Target({
    ElementType.FIELD,
    ElementType.RECORD_COMPONENT,
    ElementType.PARAMETER,
    ElementType.TYPE_USE,
    ElementType.ANNOTATION_TYPE
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

    /** Whether tab and line breaks are allowed (a text area). */
    boolean multiline() default false;

    String message() default "{desk.text.untypable}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, String> {
        private static final Pattern UNTYPABLE_LINE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\x{FFFE}\\x{FFFF}]");
        private static final Pattern UNTYPABLE_TEXT =
                Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\x{FFFE}\\x{FFFF}&&[^\\t\\n\\r]]");

        /** Whether the text holds characters no one types; tab and line breaks count as typable when multiline. */
        public static boolean hasUntypable(String value, boolean multiline) {
            return value != null
                    && (multiline ? UNTYPABLE_TEXT : UNTYPABLE_LINE)
                            .matcher(value)
                            .find();
        }

        /** The text without such characters, for a search: what no one types cannot be part of what is sought. */
        public static String withoutUntypable(String value) {
            return value == null ? null : UNTYPABLE_LINE.matcher(value).replaceAll("");
        }

        private boolean multiline;

        @Override
        public void initialize(PlainText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return !hasUntypable(value, multiline);
        }
    }
}
