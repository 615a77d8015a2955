package com.annavaram.hardening.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The operations of a service's OpenAPI 3.1 document, as served by the running service. */
final class OpenApiDocument {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private final JsonNode document;

    OpenApiDocument(JsonNode document) {
        this.document = document;
    }

    List<Operation> operations(String service) {
        List<Operation> operations = new ArrayList<>();
        boolean securedByDefault = document.path("security").size() > 0;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                JsonNode operation = op.getValue();
                List<Operation.Parameter> parameters = new ArrayList<>();
                List<JsonNode> declared = new ArrayList<>();
                path.getValue().path("parameters").forEach(declared::add);
                operation.path("parameters").forEach(declared::add);
                for (JsonNode parameter : declared) {
                    JsonNode resolved = resolve(parameter);
                    parameters.add(new Operation.Parameter(resolved.path("in").asText(), resolved.path("name")
                            .asText(), resolve(resolved.path("schema"))));
                }
                JsonNode body = operation.path("requestBody").path("content").path("application/json")
                        .path("schema");
                boolean secured = operation.has("security")
                        ? operation.path("security").size() > 0
                        : securedByDefault;
                operations.add(new Operation(service, op.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        parameters, body.isMissingNode() ? null : deepResolve(body, 0), secured));
            }
        }
        return operations;
    }

    /** The schema's type: the first non-null one of a 3.1 type list, {@code object} for a schema with properties. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
            String ref = current.path("$ref").asText();
            current = document.at(ref.substring(1));
        }
        if (current.has("allOf") && current.path("allOf").size() == 1) {
            return resolve(current.path("allOf").get(0));
        }
        return current;
    }

    /** The schema with every nested {@code $ref} replaced by its target (to a small depth; cycles stop there). */
    private JsonNode deepResolve(JsonNode node, int depth) {
        JsonNode resolved = resolve(node);
        if (depth > 4 || !resolved.isObject()) {
            return resolved;
        }
        ObjectNode copy = resolved.deepCopy();
        if (copy.has("properties")) {
            ObjectNode properties = (ObjectNode) copy.path("properties");
            List<String> names = new ArrayList<>();
            properties.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                properties.set(name, deepResolve(properties.path(name), depth + 1));
            }
        }
        if (copy.has("items")) {
            copy.set("items", deepResolve(copy.path("items"), depth + 1));
        }
        return copy;
    }
}
