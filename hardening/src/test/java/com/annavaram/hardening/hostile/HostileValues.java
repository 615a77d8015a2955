package com.annavaram.hardening.hostile;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import com.annavaram.hardening.support.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The catalogue's hostile values, by where they go. */
final class HostileValues {

    /** A well-formed ObjectId that names nothing. */
    static final String FOREIGN_ID = "5f5f5f5f5f5f5f5f5f5f5f5f";
    static final String CATASTROPHIC = "(a+)+$";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private HostileValues() {
    }

    /** Path parameter values: malformed and foreign ids, operators, traversal, metacharacters, sizes. */
    static List<String> ids() {
        return List.of("not-an-id", "123", "-1", "0", FOREIGN_ID, "000000000000000000000000",
                "ZZZZZZZZZZZZZZZZZZZZZZZZ", "5f5f5f5f5f5f5f5f5f5f5f5f5f", "{\"$gt\":\"\"}", "$ne", "$where", ".*",
                CATASTROPHIC, "../../admins", "..\\..\\admins", "a".repeat(3000), "\u0000", "%00", "ü✓😀", "null",
                "undefined", "1e309", "[object Object]");
    }

    /** Query values for a parameter of {@code type}. */
    static List<String> query(String type) {
        List<String> values = new ArrayList<>(List.of("{\"$gt\":\"\"}", "{\"$where\":\"sleep(1000)\"}", "$ne",
                ".*", "[", "\\", CATASTROPHIC, "(x+x+)+y" + "x".repeat(40), "'", "\"", "%", "\u0000", "ü✓😀",
                "a".repeat(4000), ""));
        switch (type) {
            case "integer", "number" -> values.addAll(List.of("abc", "-1", "0", "1.5", "99999999999999999999",
                    "1e308", "-1e308", "NaN", "Infinity", "-9223372036854775809", "0x10"));
            case "boolean" -> values.addAll(List.of("yes", "2", "null", "TRUE "));
            default -> values.addAll(List.of("-1", "99999999999999999999"));
        }
        return values;
    }

    /** Operator objects a lenient parser might pass on to a query or update. */
    static List<JsonNode> operators() {
        return List.of(object("$gt", NODES.textNode("")), object("$ne", NODES.nullNode()),
                object("$where", NODES.textNode("sleep(1000)")), object("$regex", NODES.textNode(".*")),
                object("$set", object("isActive", NODES.booleanNode(false))));
    }

    /**
     * Values of the wrong type, or out of range, for a field of {@code type}; {@code null} only where the field is
     * required (elsewhere it means "not given", which is valid).
     */
    static List<JsonNode> wrong(String type, boolean required) {
        List<JsonNode> values = new ArrayList<>();
        if (required) {
            values.add(NODES.nullNode());
        }
        values.add(NODES.arrayNode());
        values.add(NODES.objectNode());
        switch (type) {
            case "string" -> {
                values.add(NODES.numberNode(12345));
                values.add(NODES.booleanNode(true));
                values.add(NODES.textNode("A".repeat(100_000)));
            }
            case "integer", "number" -> {
                values.add(NODES.textNode("abc"));
                values.add(NODES.textNode("12"));
                values.add(NODES.booleanNode(true));
                values.add(NODES.numberNode(-1));
                values.add(NODES.numberNode(-2_147_483_649L));
                values.add(NODES.numberNode(2_147_483_648L));
                values.add(NODES.numberNode(new BigInteger("99999999999999999999999")));
                values.add(NODES.numberNode(1e308));
                values.add(NODES.numberNode(-1e308));
                values.add(NODES.numberNode(1.5));
            }
            case "boolean" -> {
                values.add(NODES.textNode("yes"));
                values.add(NODES.numberNode(1));
            }
            case "array" -> {
                values.add(NODES.textNode("x"));
                ArrayNode huge = NODES.arrayNode();
                for (int i = 0; i < 20_000; i++) {
                    huge.add("x");
                }
                values.add(huge);
            }
            default -> {
                values.add(NODES.textNode("x"));
                values.add(NODES.numberNode(1));
            }
        }
        values.add(nested(200));
        return values;
    }

    /** Whole bodies that are not the object the operation wants. */
    static List<String> bodies() {
        return List.of("{}", "[]", "\"text\"", "null", "12", "true", "", "{", "{\"a\":}", "{'a':1}",
                "{\"a\":1,\"a\":2}", "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1"
                        + "}".repeat(3000),
                "{\"$where\":\"sleep(5000)\"}", "{\"$set\":{\"isActive\":false}}", "{\"$gt\":\"\"}",
                "{\"_id\":{\"$oid\":\"" + FOREIGN_ID + "\"},\"isAdmin\":true,\"role\":\"super_admin\","
                        + "\"__proto__\":{\"admin\":true},\"constructor\":{\"prototype\":{\"admin\":true}}}");
    }

    static ObjectNode object(String key, JsonNode value) {
        ObjectNode node = Json.object();
        node.set(key, value);
        return node;
    }

    static JsonNode nested(int depth) {
        JsonNode node = NODES.numberNode(1);
        for (int i = 0; i < depth; i++) {
            node = object("a", node);
        }
        return node;
    }
}
