package io.shopmind.servicesupport.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A service's OpenAPI document, read as the operations a client can call and the schemas of what they send and get
 * back. {@link #problems(JsonNode, JsonNode, String)} checks a value against a schema: the subset of JSON Schema
 * springdoc writes ($ref, type with "null", properties, required, items, additionalProperties, enum, minimum and
 * maximum, string lengths). A general validator would bring Jackson 2 into every service's tests for no check
 * this one misses on these documents.
 */
public final class OpenApiDocument {

    /** One parameter: where it goes ({@code path} or {@code query}), its name, whether required, and its schema. */
    public record Parameter(String in, String name, boolean required, JsonNode schema) {
    }

    /** One operation; {@code bodyType} and {@code body} are null when it takes no body. */
    public record Operation(String method, String path, List<Parameter> parameters, String bodyType, JsonNode body,
            boolean bodyRequired, JsonNode responses) {

        public String name() {
            return method.toUpperCase() + " " + path;
        }

        /** The response the document declares for {@code status}, or null. */
        public JsonNode response(int status) {
            JsonNode response = responses.get(String.valueOf(status));
            return response == null ? responses.get("default") : response;
        }
    }

    private final JsonNode document;

    public OpenApiDocument(JsonNode document) {
        this.document = document;
    }

    public JsonNode json() {
        return document;
    }

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode operation = method.getValue();
                List<Parameter> parameters = new ArrayList<>();
                if (operation.has("parameters")) {
                    for (JsonNode parameter : operation.get("parameters")) {
                        JsonNode p = resolve(parameter);
                        parameters.add(new Parameter(p.get("in").asString(), p.get("name").asString(),
                                p.path("required").asBoolean(false), resolve(p.path("schema"))));
                    }
                }
                String bodyType = null;
                JsonNode body = null;
                boolean bodyRequired = false;
                if (operation.has("requestBody")) {
                    JsonNode requestBody = resolve(operation.get("requestBody"));
                    // JSON when the operation reads it, else the first type that is not a multipart form
                    Map.Entry<String, JsonNode> first = null;
                    for (Map.Entry<String, JsonNode> type : requestBody.get("content").properties()) {
                        boolean better = first == null || type.getKey().contains("json")
                                || (first.getKey().startsWith("multipart/") && !type.getKey().startsWith("multipart/"));
                        if (better && (first == null || !first.getKey().contains("json"))) {
                            first = type;
                        }
                    }
                    bodyType = first.getKey();
                    body = first.getValue().path("schema");
                    bodyRequired = requestBody.path("required").asBoolean(false);
                }
                operations.add(new Operation(method.getKey(), path.getKey(), parameters, bodyType, body, bodyRequired,
                        operation.path("responses")));
            }
        }
        return operations;
    }

    /** A node with its {@code $ref} followed, as often as it takes. */
    public JsonNode resolve(JsonNode node) {
        JsonNode resolved = node;
        while (resolved != null && resolved.has("$ref")) {
            String ref = resolved.get("$ref").asString();
            resolved = document.at(ref.substring(1));
        }
        return resolved;
    }

    /** Why {@code value} does not fit {@code schema}; empty when it does. */
    public List<String> problems(JsonNode schema, JsonNode value, String at) {
        List<String> problems = new ArrayList<>();
        check(resolve(schema), value, at, problems, 0);
        return problems;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> problems, int depth) {
        if (schema == null || schema.isMissingNode() || depth > 20) {
            return;
        }
        if (value == null || value.isNull()) {
            // springdoc does not mark optional fields nullable; Jackson writes an absent optional value as null
            return;
        }
        String type = type(schema);
        if (type != null && !fits(type, value)) {
            problems.add(at + ": " + value.getNodeType() + " where the schema says " + type);
            return;
        }
        if (schema.has("enum") && value.isString()) {
            boolean listed = false;
            for (JsonNode option : schema.get("enum")) {
                listed |= option.asString().equals(value.asString());
            }
            if (!listed) {
                problems.add(at + ": '" + value.asString() + "' is not one of " + schema.get("enum"));
            }
        }
        if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            if (schema.has("required")) {
                for (JsonNode required : schema.get("required")) {
                    if (!value.has(required.asString())) {
                        problems.add(at + "." + required.asString() + ": required but missing");
                    }
                }
            }
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                JsonNode fieldSchema = properties.get(field.getKey());
                if (fieldSchema != null) {
                    check(resolve(fieldSchema), field.getValue(), at + "." + field.getKey(), problems, depth + 1);
                } else if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
                    check(resolve(schema.get("additionalProperties")), field.getValue(), at + "." + field.getKey(),
                            problems, depth + 1);
                } else if (properties.size() > 0 && !schema.has("additionalProperties")) {
                    problems.add(at + "." + field.getKey() + ": not in the schema");
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            int i = 0;
            for (JsonNode item : value) {
                check(resolve(schema.get("items")), item, at + "[" + i++ + "]", problems, depth + 1);
            }
        }
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return schema.has("properties") ? "object" : null;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asString().equals("null")) {
                    return t.asString();
                }
            }
            return null;
        }
        return type.asString();
    }

    private static boolean fits(String type, JsonNode value) {
        return switch (type) {
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> true;
        };
    }
}
