package io.shopmind.pricing.book;

import io.shopmind.model.problem.FieldError;
import io.shopmind.servicesupport.problem.InvalidInputException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who makes a change, for the audit trail: the {@code X-Actor} header until the gateway authenticates users, then
 * the authenticated name; {@code anonymous} without one.
 */
public final class Actor {

    public static final String HEADER = "X-Actor";
    public static final String ANONYMOUS = "anonymous";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@:+-]{1,64}");

    private Actor() {
    }

    public static String of(String header) {
        if (header == null || header.isBlank()) {
            return ANONYMOUS;
        }
        if (!NAME.matcher(header).matches()) {
            throw new InvalidInputException("The actor is not valid.",
                    List.of(new FieldError(HEADER, "must match " + NAME.pattern())));
        }
        return header;
    }
}
