package com.annavaram.hardening.hostile;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation of a service's OpenAPI document: its parameters and request body schema ({@code $ref}s resolved) and
 * whether it is documented as needing a token.
 */
record Operation(String service, String method, String path, List<Parameter> parameters, JsonNode bodySchema,
        boolean secured) {

    List<Parameter> in(String location) {
        return parameters.stream().filter(p -> p.in().equals(location)).toList();
    }

    boolean hasJsonBody() {
        return bodySchema != null && "object".equals(bodySchema.path("type").asText());
    }

    boolean isRead() {
        return method.equals("GET");
    }

    String name() {
        return service + " " + method + " " + path;
    }

    /** One parameter: where it goes, its name and its schema. */
    record Parameter(String in, String name, JsonNode schema) {

        String type() {
            return OpenApiDocument.type(schema);
        }
    }
}
