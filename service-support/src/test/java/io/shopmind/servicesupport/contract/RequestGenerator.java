package io.shopmind.servicesupport.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values for an OpenAPI schema, from a seed: a valid one (within every stated bound), and hostile ones a careless
 * or malicious client would send (wrong types, values past the bounds, non-finite and huge numbers, huge strings
 * and lists, control characters, unicode edge cases, SQL and script injection).
 */
public final class RequestGenerator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Strings tried, in order, against a pattern the generator cannot read. */
    private static final List<String> CANDIDATES = List.of("EUR", "A1", "daily", "zero", "csv", "als", "bought",
            "median", "RECEIPT", "sku-1", "a", "1");

    /** Strings that attack more than they mistype. */
    static final List<String> HOSTILE_STRINGS = List.of(
            "'; DROP TABLE job; --", "\" OR 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://x/a}",
            "../../../../etc/passwd", "%00", "\u0000", "A\u0000B", "\u001b[31mred", "\ud83d\ude00\u0301\u200b\u202e",
            "\uFEFFbom", "\u0130\u0131\u00DF", "ｆｕｌｌｗｉｄｔｈ", " ", "", "null", "NaN", "Infinity", "-0",
            "9".repeat(400), "x".repeat(70_000));

    private final OpenApiDocument document;
    private final Random random;

    public RequestGenerator(OpenApiDocument document, long seed) {
        this.document = document;
        this.random = new Random(seed);
    }

    /** A value the schema accepts: required properties only, each at a bound-respecting value. */
    public JsonNode valid(JsonNode schema) {
        return valid(document.resolve(schema), "", 0);
    }

    private JsonNode valid(JsonNode schema, String name, int depth) {
        if (schema == null || schema.isMissingNode() || depth > 8) {
            return NODES.nullNode();
        }
        String type = OpenApiDocument.type(schema);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        if (type == null) {
            return NODES.stringNode("a");
        }
        return switch (type) {
            case "integer" -> NODES.numberNode(low(schema, 1));
            case "number" -> NODES.numberNode((double) low(schema, 1));
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int items = Math.max(1, schema.path("minItems").asInt(1));
                for (int i = 0; i < items; i++) {
                    array.add(valid(document.resolve(schema.get("items")), name, depth + 1));
                }
                yield array;
            }
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                JsonNode properties = schema.path("properties");
                for (JsonNode required : schema.path("required")) {
                    String property = required.asString();
                    object.set(property, valid(document.resolve(properties.get(property)), property, depth + 1));
                }
                yield object;
            }
            default -> NODES.stringNode(validString(schema, name));
        };
    }

    private static long low(JsonNode schema, long fallback) {
        if (schema.has("minimum")) {
            double minimum = schema.get("minimum").asDouble();
            boolean exclusive = schema.path("exclusiveMinimum").asBoolean(false);
            return (long) Math.ceil(minimum) + (exclusive || minimum != Math.ceil(minimum) ? 1 : 0);
        }
        if (schema.has("exclusiveMinimum") && schema.get("exclusiveMinimum").isNumber()) {
            return (long) Math.floor(schema.get("exclusiveMinimum").asDouble()) + 1;
        }
        if (schema.has("maximum")) {
            return Math.min(fallback, (long) Math.floor(schema.get("maximum").asDouble()));
        }
        return fallback;
    }

    private static String validString(JsonNode schema, String name) {
        String format = schema.path("format").asString("");
        switch (format) {
            case "uuid":
                return "00000000-0000-4000-8000-000000000001";
            case "date":
                return "2026-03-01";
            case "date-time":
                return "2026-03-01T10:00:00Z";
            default:
                break;
        }
        if (schema.has("pattern")) {
            Pattern pattern = Pattern.compile(schema.get("pattern").asString());
            for (String candidate : CANDIDATES) {
                if (pattern.matcher(candidate).matches()) {
                    return candidate;
                }
            }
            String first = schema.get("pattern").asString().replace("(?i)", "").split("\\|")[0];
            if (pattern.matcher(first).matches()) {
                return first;
            }
        }
        int min = schema.path("minLength").asInt(1);
        return "a".repeat(Math.max(1, min));
    }

    /** A hostile value for a field of {@code schema}, chosen by the seed. */
    public JsonNode hostile(JsonNode schema) {
        JsonNode resolved = document.resolve(schema);
        String type = resolved == null ? null : OpenApiDocument.type(resolved);
        List<JsonNode> options = new ArrayList<>();
        for (String s : HOSTILE_STRINGS) {
            options.add(NODES.stringNode(s));
        }
        options.add(NODES.numberNode(Long.MAX_VALUE));
        options.add(NODES.numberNode(-1L));
        options.add(NODES.numberNode(1.5));
        options.add(NODES.numberNode(new java.math.BigDecimal("1e308")));
        options.add(NODES.numberNode(new java.math.BigDecimal("-1e308")));
        options.add(NODES.numberNode(new java.math.BigInteger("99999999999999999999999")));
        options.add(NODES.booleanNode(true));
        options.add(NODES.nullNode());
        options.add(NODES.objectNode().put("x", 1));
        ArrayNode huge = NODES.arrayNode();
        for (int i = 0; i < 200_001; i++) {
            huge.add(i % 2 == 0 ? "a" : "b");
        }
        options.add(huge);
        ArrayNode nulls = NODES.arrayNode();
        nulls.addNull();
        options.add(nulls);
        if ("string".equals(type) && resolved.has("maxLength")) {
            options.add(NODES.stringNode("a".repeat(resolved.get("maxLength").asInt() + 1)));
        }
        if (("integer".equals(type) || "number".equals(type)) && resolved.has("maximum")) {
            options.add(NODES.numberNode(resolved.get("maximum").asLong() + 1));
        }
        return options.get(random.nextInt(options.size()));
    }

    /** A hostile text for a query or path parameter, percent-encoded as a careless client would (or would not). */
    public String hostileParameter(JsonNode schema) {
        JsonNode resolved = document.resolve(schema);
        List<String> options = new ArrayList<>(List.of("%00", "a%00b", "%FF%FE", "%C3", "%1B%5B31m", "%E2%80%AE",
                "%27%3B%20DROP%20TABLE%20job%3B--", "%3Cscript%3E", "-1", "1.5", "99999999999999999999", "NaN",
                "Infinity", "1e308", "true", "", "x".repeat(5000), "%F0%9F%98%80"));
        if (resolved != null && resolved.has("maximum")) {
            options.add(String.valueOf(resolved.get("maximum").asLong() + 1));
        }
        return options.get(random.nextInt(options.size()));
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** The valid object with one field replaced, or removed when {@code value} is null. */
    public static ObjectNode with(JsonNode valid, String field, JsonNode value) {
        ObjectNode copy = valid.isObject() ? ((ObjectNode) valid).deepCopy() : NODES.objectNode();
        if (value == null) {
            copy.remove(field);
        } else {
            copy.set(field, value);
        }
        return copy;
    }

    /** The fields an object schema names. */
    public List<String> fields(JsonNode schema) {
        JsonNode resolved = document.resolve(schema);
        List<String> fields = new ArrayList<>();
        if (resolved != null) {
            for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
                fields.add(property.getKey());
            }
        }
        return fields;
    }
}
