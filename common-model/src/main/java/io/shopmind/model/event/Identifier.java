package io.shopmind.model.event;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A required id or code (SKU, order, shopper, warehouse): not blank, no control characters, at most {@link #max()}. */
@Documented
@Constraint(validatedBy = {})
@NotNull
@Size
@Pattern(regexp = OptionalIdentifier.VISIBLE_TEXT, message = OptionalIdentifier.VISIBLE_TEXT_MESSAGE)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Identifier {

    @OverridesAttribute(constraint = Size.class, name = "max")
    int max() default 128;

    String message() default "must be an id of visible characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
