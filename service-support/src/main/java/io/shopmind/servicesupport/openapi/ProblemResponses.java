package io.shopmind.servicesupport.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Declares the errors every operation can answer, as {@code application/problem+json} with the {@code Problem}
 * schema: 400 (invalid fields or parameters, malformed JSON) and 500 everywhere, 404 where the path names a
 * resource, 413 and 415 where there is a body, 409 where the operation changes state. Success answers springdoc
 * lists as {@code *}{@code /*} become {@code application/json}.
 */
public class ProblemResponses implements OpenApiCustomizer {

    static final String PROBLEM = "application/problem+json";
    private static final String REF = "#/components/schemas/Problem";

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas("FieldError", new ObjectSchema()
                .addProperty("field", new StringSchema().description("the field's path, e.g. lines[2].quantity"))
                .addProperty("message", new StringSchema()).required(List.of("field", "message")));
        openApi.getComponents().addSchemas("Problem", new ObjectSchema()
                .description("An RFC 9457 problem")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("requestId", new StringSchema())
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError")))
                .addProperty("line", new IntegerSchema().format("int64").description("the CSV line, for imports"))
                .required(List.of("type", "title", "status")));
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> operations(item).forEach((method, operation) -> {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            operation.setResponses(responses);
            responses.values().forEach(ProblemResponses::jsonNotAnything);
            acceptedNotOk(method, responses);
            boolean body = operation.getRequestBody() != null;
            add(responses, "400", "Invalid fields or parameters, or malformed JSON");
            if (path.contains("{")) {
                add(responses, "404", "No such resource");
            }
            if (!method.equals("get")) {
                add(responses, "409", "The request contradicts the resource's current state");
            }
            if (body) {
                add(responses, "413", "The body is larger than the service accepts");
                add(responses, "415", "The body's media type is not one the operation reads");
            }
            add(responses, "500", "An error of the service; quote the requestId");
        }));
    }

    private static Map<String, Operation> operations(PathItem item) {
        Map<String, Operation> operations = new LinkedHashMap<>();
        if (item.getGet() != null) {
            operations.put("get", item.getGet());
        }
        if (item.getPost() != null) {
            operations.put("post", item.getPost());
        }
        if (item.getPut() != null) {
            operations.put("put", item.getPut());
        }
        if (item.getDelete() != null) {
            operations.put("delete", item.getDelete());
        }
        if (item.getPatch() != null) {
            operations.put("patch", item.getPatch());
        }
        return operations;
    }

    private static void add(ApiResponses responses, String status, String description) {
        ApiResponse response = responses.get(status);
        if (response == null) {
            response = new ApiResponse().description(description);
            responses.addApiResponse(status, response);
        }
        response.setContent(new Content().addMediaType(PROBLEM, new MediaType().schema(new Schema<>().$ref(REF))));
    }

    /** A POST that starts a job or takes an event batch answers 202, which springdoc cannot see in the code. */
    private static void acceptedNotOk(String method, ApiResponses responses) {
        ApiResponse ok = responses.get("200");
        if (!method.equals("post") || ok == null || ok.getContent() == null) {
            return;
        }
        boolean accepted = ok.getContent().values().stream().map(MediaType::getSchema)
                .anyMatch(schema -> schema != null && schema.get$ref() != null
                        && (schema.get$ref().endsWith("/JobView") || schema.get$ref().endsWith("/EventBatchReceipt")));
        if (accepted) {
            responses.remove("200");
            responses.addApiResponse("202", ok.description("Accepted; a job's progress is at the Location header"));
        }
    }

    private static void jsonNotAnything(ApiResponse response) {
        Content content = response.getContent();
        if (content != null && content.containsKey("*/*")) {
            MediaType any = content.remove("*/*");
            content.addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, any);
        }
    }
}
