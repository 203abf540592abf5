package io.shopmind.gateway.events;

import io.shopmind.model.event.EventType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Shows every payload record in the gateway's OpenAPI document: the envelope's {@code payload} is one of them, the
 * one its {@code type} names, with the constraints of each field.
 */
public class EventPayloadSchemas implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        List<Schema> payloads = new ArrayList<>();
        for (EventType type : EventType.values()) {
            ModelConverters.getInstance().readAll(type.payloadType()).forEach(openApi.getComponents()::addSchemas);
            payloads.add(new Schema<>().$ref("#/components/schemas/" + type.payloadType().getSimpleName()));
        }
        Schema<?> envelope = openApi.getComponents().getSchemas().get("EventEnvelope");
        if (envelope != null && envelope.getProperties() != null) {
            ComposedSchema payload = new ComposedSchema();
            payload.setOneOf(payloads);
            payload.setDescription("The payload record that type names: type OrderPlaced takes an OrderPlaced, ...");
            envelope.getProperties().put("payload", payload);
        }
    }
}
