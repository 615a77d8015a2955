package com.annavaram.hardening.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import com.annavaram.hardening.support.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Generates the hostile cases of one operation from its OpenAPI description: every path parameter, query parameter,
 * header parameter and body field gets the hostile values of its kind, one at a time, the rest of the request being
 * valid-looking. Path parameters are real ids ({@code realIds}) wherever the hostile input is elsewhere, so the case
 * gets past the lookup; operations with no hostile input of their own (a DELETE of a real id) are not sent.
 */
final class HostileCases {

    private static final byte[] INVALID_UTF8 = {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xC0,
            (byte) 0xAF};

    private final BiFunction<Operation, Operation.Parameter, String> realIds;

    HostileCases(BiFunction<Operation, Operation.Parameter, String> realIds) {
        this.realIds = realIds;
    }

    List<HostileCase> of(Operation op) {
        List<HostileCase> cases = new ArrayList<>();
        Map<String, String> real = new LinkedHashMap<>();
        op.in("path").forEach(p -> real.put(p.name(), realIds.apply(op, p)));
        byte[] base = op.hasJsonBody() ? bytes(BaseBodies.of(op.bodySchema())) : null;
        for (Operation.Parameter parameter : op.in("path")) {
            for (String id : HostileValues.ids()) {
                Map<String, String> values = new LinkedHashMap<>(real);
                values.put(parameter.name(), id);
                cases.add(new HostileCase(op, "path " + parameter.name(), path(op, values), Map.of(), base, true));
            }
        }
        if (op.isRead()) {
            queryCases(op, real, cases);
        }
        for (Operation.Parameter header : op.in("header")) {
            Map<String, String> foreign = new LinkedHashMap<>(real);
            foreign.replaceAll((name, value) -> HostileValues.FOREIGN_ID);
            for (String value : List.of("abc", "-1", "99999999999999999999", "\"W/\\\"x\\\"\"", "{\"$gt\":\"\"}",
                    "a".repeat(4000), "%FC%E2\t")) {
                cases.add(new HostileCase(op, "header " + header.name(), path(op, foreign), Map.of(header.name(),
                        value), base, true));
            }
        }
        if (op.hasJsonBody()) {
            bodyCases(op, path(op, real), base, cases);
        }
        if (op.secured()) {
            cases.add(new HostileCase(op, "no token", path(op, real), Map.of(), base, false));
            cases.add(new HostileCase(op, "no token, operator body", path(op, real), Map.of(),
                    "{\"$where\":\"1\"}".getBytes(StandardCharsets.UTF_8), false));
        }
        return cases;
    }

    private void queryCases(Operation op, Map<String, String> real, List<HostileCase> cases) {
        String path = path(op, real);
        for (Operation.Parameter query : op.in("query")) {
            String name = query.name();
            for (String value : HostileValues.query(query.type())) {
                cases.add(new HostileCase(op, "query " + name, path + "?" + name + "=" + encode(value), Map.of(),
                        null, true));
            }
            for (String operator : List.of("[$gt]=", "[$ne]=1", "[$regex]=.*", "[$where]=1")) {
                int equals = operator.indexOf('=');
                cases.add(new HostileCase(op, "query operator " + name, path + "?" + name + encode(operator
                        .substring(0, equals)) + "=" + encode(operator.substring(equals + 1)), Map.of(), null,
                        true));
            }
            cases.add(new HostileCase(op, "query invalid UTF-8 " + name, path + "?" + name + "=%C3%28%FF%FE%C0%AF",
                    Map.of(), null, true));
            cases.add(new HostileCase(op, "query array " + name, path + "?" + name + "%5B%5D=1&" + name
                    + "%5B%5D=2", Map.of(), null, true));
            cases.add(new HostileCase(op, "duplicate query " + name, path + "?" + name + "=1&" + name + "=2",
                    Map.of(), null, true));
            cases.add(new HostileCase(op, "duplicate query " + name, path + "?" + name + "=1&" + name + "=abc",
                    Map.of(), null, true));
        }
        cases.add(new HostileCase(op, "unknown operator query", path + "?" + encode("$where") + "=sleep(1000)&"
                + encode("filter[$gt]") + "=", Map.of(), null, true));
    }

    private static void bodyCases(Operation op, String path, byte[] base, List<HostileCase> cases) {
        for (String body : HostileValues.bodies()) {
            cases.add(new HostileCase(op, "body", path, Map.of(), body.getBytes(StandardCharsets.UTF_8), true));
        }
        cases.add(new HostileCase(op, "body invalid UTF-8", path, Map.of(), invalidUtf8(base), true));
        cases.add(new HostileCase(op, "body over 1 MB", path, Map.of(), ("{\"x\":\"" + "A".repeat(1_100_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8), true));
        cases.add(new HostileCase(op, "body as text/plain", path, Map.of("Content-Type", "text/plain"), base, true));
        ObjectNode operatorKey = (ObjectNode) BaseBodies.of(op.bodySchema());
        operatorKey.put("$where", "1");
        cases.add(new HostileCase(op, "body $ key", path, Map.of(), bytes(operatorKey), true));
        fieldCases(op, path, op.bodySchema(), "", cases, 0);
    }

    private static void fieldCases(Operation op, String path, JsonNode schema, String pointer,
            List<HostileCase> cases, int depth) {
        for (Map.Entry<String, JsonNode> field : schema.path("properties").properties()) {
            String at = pointer + "/" + field.getKey();
            String type = OpenApiDocument.type(field.getValue());
            boolean required = schema.path("required").toString().contains("\"" + field.getKey() + "\"");
            List<JsonNode> values = new ArrayList<>(HostileValues.wrong(type, required));
            values.addAll(HostileValues.operators());
            for (JsonNode value : values) {
                ObjectNode body = (ObjectNode) BaseBodies.of(op.bodySchema());
                set(body, at, value);
                cases.add(new HostileCase(op, "field " + at + " = " + abbreviate(Json.write(value)), path, Map.of(),
                        bytes(body), true));
            }
            ObjectNode missing = (ObjectNode) BaseBodies.of(op.bodySchema());
            remove(missing, at);
            if (required) {
                cases.add(new HostileCase(op, "missing " + at, path, Map.of(), bytes(missing), true));
            }
            if (type.equals("object") && depth < 1) {
                fieldCases(op, path, field.getValue(), at, cases, depth + 1);
            }
        }
    }

    private static void set(ObjectNode body, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash == 0 ? body : body.at(pointer.substring(0, slash));
        if (parent instanceof ObjectNode object) {
            object.set(pointer.substring(slash + 1), value);
        }
    }

    private static void remove(ObjectNode body, String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash == 0 ? body : body.at(pointer.substring(0, slash));
        if (parent instanceof ObjectNode object) {
            object.remove(pointer.substring(slash + 1));
        }
    }

    /** The base body with its first string value's bytes replaced by invalid UTF-8 sequences. */
    private static byte[] invalidUtf8(byte[] base) {
        String json = base == null ? "{\"name\":\"x\"}" : new String(base, StandardCharsets.UTF_8);
        int quote = json.indexOf(":\"");
        String head = quote < 0 ? "{\"name\":\"" : json.substring(0, quote + 2);
        String tail = quote < 0 ? "\"}" : json.substring(quote + 2);
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + INVALID_UTF8.length + end.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(INVALID_UTF8, 0, all, start.length, INVALID_UTF8.length);
        System.arraycopy(end, 0, all, start.length + INVALID_UTF8.length, end.length);
        return all;
    }

    private static String path(Operation op, Map<String, String> values) {
        String path = op.path();
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", encode(value.getValue()));
        }
        return path;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] bytes(JsonNode body) {
        return Json.write(body).getBytes(StandardCharsets.UTF_8);
    }
}
