package org.greenborder.academy.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Services check a bean's constraints themselves before saving, so that a caller that skipped the form (the API,
 * an import, a test) gets the same readable refusal as a user, instead of an exception from deep in the flush.
 */
@Component
public class Constraints {

    private final Validator validator;

    Constraints(Validator validator) {
        this.validator = validator;
    }

    public void check(Object bean) {
        Set<ConstraintViolation<Object>> violations = validator.validate(bean);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations.stream()
                    .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                    .map(violation -> violation.getMessage().contains(" ") && Character.isUpperCase(violation.getMessage().charAt(0))
                            ? violation.getMessage()
                            : violation.getPropertyPath() + " " + violation.getMessage())
                    .distinct()
                    .collect(Collectors.joining("; ")));
        }
    }
}
