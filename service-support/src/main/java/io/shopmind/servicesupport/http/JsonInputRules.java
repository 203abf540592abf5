package io.shopmind.servicesupport.http;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON every service reads: numbers finite (no {@code NaN}, {@code Infinity} or {@code 1e309}), integers
 * integral ({@code 1.5} is not silently truncated to 1), text free of control characters, nothing after the
 * document. A value that breaks a rule is answered as a 400 naming its field.
 */
public final class JsonInputRules implements JsonMapperBuilderCustomizer {

    @Override
    public void customize(JsonMapper.Builder builder) {
        SimpleModule rules = new SimpleModule("shopmind-input-rules");
        rules.addDeserializer(Double.class, new FiniteDouble(Double.class, null));
        rules.addDeserializer(double.class, new FiniteDouble(double.class, 0.0));
        rules.addDeserializer(String.class, new PlainString());
        builder.addModule(rules)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    /** A value the service refuses although it has the right JSON type; its message is the client's. */
    public static final class RejectedValueException extends InvalidFormatException {

        private final String reason;

        RejectedValueException(JsonParser parser, String reason, Object value, Class<?> target) {
            super(parser, reason, value, target);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    static final class FiniteDouble extends NumberDeserializers.DoubleDeserializer {

        FiniteDouble(Class<Double> type, Double nullValue) {
            super(type, nullValue);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext context) throws JacksonException {
            Double value = super.deserialize(p, context);
            if (value != null && !Double.isFinite(value)) {
                throw new RejectedValueException(p, "must be a finite number", p.getString(), Double.class);
            }
            return value;
        }
    }

    static final class PlainString extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws JacksonException {
            String value = super.deserialize(p, context);
            String problem = value == null ? null : Text.problemWith(value);
            if (problem != null) {
                throw new RejectedValueException(p, problem, value, String.class);
            }
            return value;
        }
    }
}
