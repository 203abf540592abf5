package io.shopmind.servicesupport.contract;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Calls every operation of an OpenAPI document over real HTTP and reports where the service and its document
 * disagree ({@link #truth}) or where hostile input breaks it ({@link #fuzz}): a 5xx, an answer the document does
 * not declare, a body that does not fit the declared schema, an error that is not a problem, a 400 that does not
 * name the field, or a refused request that changed stored state.
 */
public final class ApiProbe {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final OpenApiDocument document;
    private final String baseUrl;

    public ApiProbe(OpenApiDocument document, String baseUrl) {
        this.document = document;
        this.baseUrl = baseUrl;
    }

    private record Answer(int status, String contentType, String body) {
    }

    /** A job the probe started is cancelled at once: the probe tests the edge, not the work. */
    private void cancelJob(HttpResponse<String> response) throws Exception {
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() == 202 && location.contains("/jobs/")) {
            http.send(HttpRequest.newBuilder(URI.create(baseUrl + location)).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    /** One valid and one invalid call per operation; the disagreements with the document. */
    public List<String> truth(long seed) throws Exception {
        RequestGenerator generator = new RequestGenerator(document, seed);
        List<String> failures = new ArrayList<>();
        for (OpenApiDocument.Operation operation : document.operations()) {
            if (operation.path().endsWith("/events")) {
                // the event intake's payloads are the event log's to validate (the gateway answers 422)
                continue;
            }
            String path = path(operation, generator, null, null);
            byte[] body = operation.body() == null ? null : validBody(operation, generator);
            Answer valid = send(operation, path, body, operation.bodyType());
            check(operation, "valid call", valid, failures);

            Invalid invalid = invalid(operation, generator);
            if (invalid == null) {
                continue;
            }
            Answer refused = send(operation, invalid.path(), invalid.body(), operation.bodyType());
            check(operation, "invalid " + invalid.field(), refused, failures);
            if (refused.status() != 400) {
                failures.add(operation.name() + " invalid " + invalid.field() + ": " + refused.status()
                        + " instead of 400 - " + abbreviate(refused.body()));
            } else if (!namesField(refused, invalid.field())) {
                failures.add(operation.name() + " invalid " + invalid.field() + ": the problem does not name it - "
                        + abbreviate(refused.body()));
            }
        }
        return failures;
    }

    /**
     * {@code cases} hostile calls per operation, from {@code seed}: none may answer 5xx, every 4xx is a problem, a
     * 400 for one field names it, and a refused call leaves {@code state} as it was.
     */
    public List<String> fuzz(long seed, int cases, Supplier<String> state) throws Exception {
        RequestGenerator generator = new RequestGenerator(document, seed);
        List<String> failures = new ArrayList<>();
        for (OpenApiDocument.Operation operation : document.operations()) {
            if (operation.path().endsWith("/events")) {
                // the event intake's payloads are the event log's to validate (the gateway answers 422)
                continue;
            }
            Answer base = send(operation, path(operation, generator, null, null),
                    operation.body() == null ? null : validBody(operation, generator), operation.bodyType());
            // a field can only be blamed when the request was valid without the hostile value
            boolean baseValid = base.status() != 400;
            for (int c = 0; c < cases; c++) {
                Hostile hostile = hostile(operation, generator);
                String before = state.get();
                Answer answer = send(operation, hostile.path(), hostile.body(), hostile.contentType());
                String label = operation.name() + " " + hostile.label();
                if (answer.status() >= 500) {
                    failures.add(label + ": " + answer.status() + " - " + abbreviate(answer.body()));
                    continue;
                }
                if (answer.status() >= 400) {
                    if (!answer.contentType().startsWith("application/problem+json")) {
                        failures.add(label + ": " + answer.status() + " is not a problem (" + answer.contentType() + ")");
                    }
                    if (baseValid && hostile.field() != null && answer.status() == 400 && isValidation(answer)
                            && !namesField(answer, hostile.field())) {
                        failures.add(label + ": the problem does not name " + hostile.field() + " - "
                                + abbreviate(answer.body()));
                    }
                    String after = state.get();
                    if (!after.equals(before)) {
                        failures.add(label + ": refused with " + answer.status() + " but stored state changed");
                    }
                }
            }
        }
        return failures;
    }

    private record Invalid(String field, String path, byte[] body) {
    }

    private record Hostile(String label, String field, String path, byte[] body, String contentType) {
    }

    private Invalid invalid(OpenApiDocument.Operation operation, RequestGenerator generator) throws Exception {
        for (OpenApiDocument.Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("header")) {
                continue;
            }
            JsonNode schema = parameter.schema();
            String bad = null;
            if (schema.has("maximum")) {
                bad = String.valueOf(schema.get("maximum").asLong() + 1);
            } else if (schema.has("minimum")) {
                bad = String.valueOf(schema.get("minimum").asLong() - 1);
            } else if (schema.has("maxLength")) {
                bad = "a".repeat(schema.get("maxLength").asInt() + 1);
            } else if ("integer".equals(OpenApiDocument.type(schema)) || "uuid".equals(schema.path("format").asString(""))) {
                bad = "not-a-number";
            }
            if (bad != null) {
                byte[] body = operation.body() == null ? null : validBody(operation, generator);
                return new Invalid(parameter.name(), path(operation, generator, parameter.name(),
                        URLEncoder.encode(bad, StandardCharsets.UTF_8)), body);
            }
        }
        if (operation.body() != null && operation.bodyType().contains("json")) {
            JsonNode schema = document.resolve(operation.body());
            JsonNode valid = generator.valid(schema);
            for (JsonNode required : schema.path("required")) {
                JsonNode fieldSchema = document.resolve(schema.path("properties").path(required.asString()));
                JsonNode wrong = "string".equals(OpenApiDocument.type(fieldSchema))
                        ? JsonNodeFactory.instance.objectNode() : JsonNodeFactory.instance.stringNode("wrong type");
                return new Invalid(required.asString(), path(operation, generator, null, null),
                        JSON.writeValueAsBytes(RequestGenerator.with(valid, required.asString(), wrong)));
            }
        }
        return null;
    }

    private Hostile hostile(OpenApiDocument.Operation operation, RequestGenerator generator) throws Exception {
        boolean json = operation.body() != null && operation.bodyType().contains("json");
        int kind = generator.nextInt(json ? 7 : 2);
        List<OpenApiDocument.Parameter> parameters = operation.parameters().stream()
                .filter(parameter -> !parameter.in().equals("header")).toList();
        if (kind <= 1 && !parameters.isEmpty()) {
            OpenApiDocument.Parameter parameter = parameters.get(generator.nextInt(parameters.size()));
            String value = generator.hostileParameter(parameter.schema());
            byte[] body = operation.body() == null ? null : validBody(operation, generator);
            return new Hostile("parameter " + parameter.name() + "=" + abbreviate(value), parameter.name(),
                    path(operation, generator, parameter.name(), value), body, operation.bodyType());
        }
        String path = path(operation, generator, null, null);
        if (!json) {
            byte[] body = operation.body() == null ? null
                    : RequestGenerator.HOSTILE_STRINGS.get(generator.nextInt(RequestGenerator.HOSTILE_STRINGS.size()))
                            .getBytes(StandardCharsets.UTF_8);
            return new Hostile("body", null, path, body, operation.bodyType());
        }
        JsonNode schema = document.resolve(operation.body());
        JsonNode valid = generator.valid(schema);
        List<String> fields = generator.fields(schema);
        String field = fields.isEmpty() ? "x" : fields.get(generator.nextInt(fields.size()));
        String text = JSON.writeValueAsString(valid);
        return switch (kind) {
            case 2 -> new Hostile("malformed JSON", null, path,
                    text.substring(0, Math.max(1, text.length() / 2)).getBytes(StandardCharsets.UTF_8), "application/json");
            case 3 -> {
                JsonNode value = generator.hostile(schema.path("properties").path(field));
                yield new Hostile(field + "=" + abbreviate(value.toString()), field, path,
                        JSON.writeValueAsBytes(RequestGenerator.with(valid, field, value)), "application/json");
            }
            case 4 -> new Hostile("without " + field, field, path,
                    JSON.writeValueAsBytes(RequestGenerator.with(valid, field, null)), "application/json");
            case 5 -> new Hostile("extra field", null, path, JSON.writeValueAsBytes(RequestGenerator.with(valid,
                    "unexpected\u0000field", generator.hostile(JsonNodeFactory.instance.objectNode()))),
                    "application/json");
            default -> {
                // invalid UTF-8 inside a JSON string
                byte[] bytes = JSON.writeValueAsBytes(RequestGenerator.with(valid, field,
                        JsonNodeFactory.instance.stringNode("@@")));
                String marked = new String(bytes, StandardCharsets.ISO_8859_1).replace("@@", "\u00ff\u00fe");
                yield new Hostile(field + " with invalid UTF-8", field, path,
                        marked.getBytes(StandardCharsets.ISO_8859_1), "application/json");
            }
        };
    }

    private byte[] validBody(OpenApiDocument.Operation operation, RequestGenerator generator) throws Exception {
        if (!operation.bodyType().contains("json")) {
            return "unique_id,ds,y\n".getBytes(StandardCharsets.UTF_8);
        }
        return JSON.writeValueAsBytes(generator.valid(operation.body()));
    }

    /** The operation's path with valid path parameters and required query parameters, one of them replaced. */
    private String path(OpenApiDocument.Operation operation, RequestGenerator generator, String replaced,
            String rawValue) {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (OpenApiDocument.Parameter parameter : operation.parameters()) {
            boolean isReplaced = parameter.name().equals(replaced);
            if (!isReplaced && !parameter.required() && !parameter.in().equals("path")) {
                continue;
            }
            String value = isReplaced ? rawValue
                    : URLEncoder.encode(text(generator.valid(parameter.schema())), StandardCharsets.UTF_8);
            if (parameter.in().equals("path")) {
                path = path.replace("{" + parameter.name() + "}", value.isEmpty() ? "%20" : value);
            } else if (parameter.in().equals("query")) {
                query.append(query.isEmpty() ? "?" : "&").append(parameter.name()).append('=').append(value);
            }
        }
        return path + query;
    }

    private Answer send(OpenApiDocument.Operation operation, String path, byte[] body, String contentType)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60));
        if (body != null) {
            request.header("Content-Type", contentType == null ? "application/json" : contentType);
        }
        for (OpenApiDocument.Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("header")) {
                request.header(parameter.name(), "probe-" + System.nanoTime());
            }
        }
        request.method(operation.method().toUpperCase(),
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        cancelJob(response);
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private void check(OpenApiDocument.Operation operation, String call, Answer answer, List<String> failures) {
        String label = operation.name() + " " + call;
        if (answer.status() >= 500) {
            failures.add(label + ": " + answer.status() + " - " + abbreviate(answer.body()));
            return;
        }
        JsonNode declared = operation.response(answer.status());
        if (declared == null) {
            failures.add(label + ": " + answer.status() + " is not in the document - " + abbreviate(answer.body()));
            return;
        }
        declared = document.resolve(declared);
        if (!declared.has("content") || answer.body().isEmpty()) {
            return;
        }
        String mediaType = answer.contentType().split(";")[0].trim();
        JsonNode content = declared.get("content").get(mediaType);
        if (content == null) {
            failures.add(label + ": " + answer.status() + " answered " + mediaType + ", the document says "
                    + declared.get("content").propertyNames());
            return;
        }
        if (mediaType.contains("json") && content.has("schema")) {
            List<String> problems = document.problems(content.get("schema"), JSON.readTree(answer.body()), "body");
            if (!problems.isEmpty()) {
                failures.add(label + ": " + answer.status() + " body does not fit its schema: " + problems);
            }
        }
    }

    /** A parameter's value as it goes in a URL; an array's first item (the parameter given once). */
    private static String text(JsonNode value) {
        if (value.isArray()) {
            return value.isEmpty() ? "a" : text(value.get(0));
        }
        return value.isValueNode() ? value.asString() : "a";
    }

    private static boolean isValidation(Answer answer) {
        try {
            return JSON.readTree(answer.body()).path("type").asString("").endsWith("/validation");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean namesField(Answer answer, String field) {
        try {
            for (JsonNode error : JSON.readTree(answer.body()).path("errors")) {
                if (error.path("field").asString("").contains(field)) {
                    return true;
                }
            }
        } catch (RuntimeException e) {
            return false;
        }
        return false;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
