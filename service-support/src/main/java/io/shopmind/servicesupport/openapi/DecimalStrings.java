package io.shopmind.servicesupport.openapi;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.annotation.Annotation;
import java.util.Set;
import org.springdoc.core.customizers.PropertyCustomizer;

/**
 * A decimal the services write as a string ({@code @JsonFormat(shape = STRING)} on a {@code BigDecimal}, as money
 * is, so no binary rounding creeps in) is a string of format {@code decimal} in the document too, not a number.
 */
final class DecimalStrings implements PropertyCustomizer {

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Schema customize(Schema property, AnnotatedType type) {
        if (property == null || type.getCtxAnnotations() == null || !isNumber(property)) {
            return property;
        }
        for (Annotation annotation : type.getCtxAnnotations()) {
            if (annotation instanceof JsonFormat format && format.shape() == JsonFormat.Shape.STRING) {
                property.setType("string");
                if (property.getTypes() != null) {
                    property.setTypes(Set.of("string"));
                }
                property.setFormat("decimal");
                return property;
            }
        }
        return property;
    }

    private static boolean isNumber(Schema<?> property) {
        return "number".equals(property.getType())
                || property.getTypes() != null && property.getTypes().contains("number");
    }
}
