package com.annavaram.hardening.hostile;

import java.util.Locale;
import java.util.Map;

import com.annavaram.hardening.support.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A plausible, valid-looking body for a schema, so that each hostile case differs from a valid request in one place
 * and the service's validation of that place, not of everything else, is what answers. Ids are foreign.
 */
final class BaseBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BaseBodies() {
    }

    static JsonNode of(JsonNode schema) {
        return value("", schema, 0);
    }

    private static JsonNode value(String name, JsonNode schema, int depth) {
        if (schema.has("enum") && schema.path("enum").size() > 0) {
            return schema.path("enum").get(0);
        }
        String type = OpenApiDocument.type(schema);
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(value(name, schema.path("items"), depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(Math.max(1, schema.path("minimum").asInt(1)));
            case "number" -> NODES.numberNode(10.5);
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.textNode(text(name.toLowerCase(Locale.ROOT)));
        };
    }

    private static ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = Json.object();
        if (depth > 4) {
            return object;
        }
        for (Map.Entry<String, JsonNode> field : schema.path("properties").properties()) {
            object.set(field.getKey(), value(field.getKey(), field.getValue(), depth + 1));
        }
        return object;
    }

    private static String text(String name) {
        if (name.contains("email")) {
            return "hostile.base@hardening.test";
        }
        if (name.contains("password")) {
            return "Hostile@123456";
        }
        if (name.equals("otp") || name.contains("code")) {
            return "123456";
        }
        if (name.contains("phone")) {
            return "9876543210";
        }
        if (name.contains("postal")) {
            return "533001";
        }
        if (name.contains("image")) {
            return "/images/hostile.png";
        }
        if (name.equals("country")) {
            return "IN";
        }
        if (name.equals("status")) {
            return "dispatched";
        }
        if (name.equals("role")) {
            return "admin";
        }
        if (name.endsWith("id") || name.equals("product") || name.equals("order")) {
            return HostileValues.FOREIGN_ID;
        }
        return "Hostile base value";
    }
}
