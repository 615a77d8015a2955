package com.annavaram.hardening.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One JSON mapper for the suite: requests are built and responses read as trees. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The tree of {@code text}, or a missing node when it is not JSON. */
    public static JsonNode read(String text) {
        try {
            return text == null || text.isEmpty() ? MAPPER.missingNode() : MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return MAPPER.missingNode();
        }
    }
}
