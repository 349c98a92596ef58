package eu.competitiondesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.List;

/** Runs Bean Validation on a form object and returns its errors in page order. */
@ApplicationScoped
public class FormValidator {

    @Inject
    Validator validator;

    public FormErrors validate(Object form, List<String> fieldOrder) {
        return FormErrors.of(validator.validate(form), fieldOrder);
    }
}
