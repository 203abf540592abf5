package io.shopmind.model.event;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An id that may be absent (null); when present, as {@link Identifier} requires. */
@Documented
@Constraint(validatedBy = {})
@Size
@Pattern(regexp = OptionalIdentifier.VISIBLE_TEXT, message = OptionalIdentifier.VISIBLE_TEXT_MESSAGE)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface OptionalIdentifier {

    /** At least one visible character, and no control character (NUL, newline, ...) anywhere. */
    String VISIBLE_TEXT = "[^\\p{Cntrl}]*[^\\s\\p{Cntrl}][^\\p{Cntrl}]*";
    String VISIBLE_TEXT_MESSAGE = "must not be blank nor hold control characters";

    @OverridesAttribute(constraint = Size.class, name = "max")
    int max() default 128;

    String message() default "must be an id of visible characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
