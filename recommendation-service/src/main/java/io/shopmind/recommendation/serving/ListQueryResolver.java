package io.shopmind.recommendation.serving;

import io.shopmind.model.problem.FieldError;
import io.shopmind.servicesupport.problem.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads a list request's query parameters into {@link RecommendationController.ListQuery} as
 * {@code @ModelAttribute} binding would (repeated or comma-separated lists, blank as absent), without a data binder:
 * binding the record by reflection took a fifth of the service's CPU per list under load. A value of the wrong type
 * is a 400 naming the parameter; so is one outside the bounds the record declares.
 */
final class ListQueryResolver implements HandlerMethodArgumentResolver {

    private static final Set<String> TRUE = Set.of("true", "on", "yes", "1");
    private static final Set<String> FALSE = Set.of("false", "off", "no", "0");

    private final Validator validator;

    ListQueryResolver(Validator validator) {
        this.validator = validator;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == RecommendationController.ListQuery.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binders) {
        RecommendationController.ListQuery query = new RecommendationController.ListQuery(integer(request, "k"),
                text(request, "category"), text(request, "exclude"), bool(request, "inStock"),
                text(request, "sessionId"), list(request, "boostCategory"), list(request, "buryCategory"),
                list(request, "boostBrand"), list(request, "buryBrand"), list(request, "pin"),
                integer(request, "maxPerCategory"));
        Set<ConstraintViolation<RecommendationController.ListQuery>> violations = validator.validate(query);
        if (!violations.isEmpty()) {
            throw new InvalidInputException("The request has invalid fields.", violations.stream()
                    .map(v -> new FieldError(field(v), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field)).toList());
        }
        return query;
    }

    /** {@code pin[2]} for an element of a list, the parameter's name otherwise. */
    private static String field(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replace(".<list element>", "");
    }

    private static String text(NativeWebRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value;
    }

    private static Integer integer(NativeWebRequest request, String name) {
        String value = text(request, name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(name, "must be a whole number, was '" + value + "'");
        }
    }

    private static Boolean bool(NativeWebRequest request, String name) {
        String value = text(request, name);
        if (value == null) {
            return null;
        }
        String word = value.trim().toLowerCase(Locale.ROOT);
        if (TRUE.contains(word)) {
            return true;
        }
        if (FALSE.contains(word)) {
            return false;
        }
        throw invalid(name, "must be true or false, was '" + value + "'");
    }

    private static List<String> list(NativeWebRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null) {
            return null;
        }
        List<String> all = new ArrayList<>();
        for (String value : values) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    all.add(part.trim());
                }
            }
        }
        return all;
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException("The request has invalid fields.", List.of(new FieldError(field, message)));
    }
}
