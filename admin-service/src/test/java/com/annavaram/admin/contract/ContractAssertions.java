package com.annavaram.admin.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/** Type checks for the fields the admin panel reads: what it calls {@code .slice}, {@code .map} or {@code new Date} on. */
final class ContractAssertions {

    private ContractAssertions() {
    }

    static void isId(JsonNode node, String what) {
        assertThat(node).as(what).isNotNull();
        assertThat(node.isString()).as("%s is a string", what).isTrue();
        assertThat(node.asString()).as(what).matches("[0-9a-f]{24}");
    }

    static void isDate(JsonNode node, String what) {
        assertThat(node).as(what).isNotNull();
        assertThat(node.asString()).as("%s is ISO-8601 UTC", what).endsWith("Z");
        assertThat(Instant.parse(node.asString())).as(what).isNotNull();
    }

    static void isNumber(JsonNode node, String what) {
        assertThat(node).as(what).isNotNull();
        assertThat(node.isNumber()).as("%s is a number, not %s", what, node).isTrue();
    }

    static void isInt(JsonNode node, String what) {
        assertThat(node).as(what).isNotNull();
        assertThat(node.isIntegralNumber()).as("%s is a whole number, not %s", what, node).isTrue();
    }

    static void isBoolean(JsonNode node, String what) {
        assertThat(node).as(what).isNotNull();
        assertThat(node.isBoolean()).as("%s is a boolean, not %s", what, node).isTrue();
    }

    static void isText(JsonNode node, String what) {
        assertThat(node).as(what).isNotNull();
        assertThat(node.isString()).as("%s is a string, not %s", what, node).isTrue();
    }

    static void isArray(JsonNode node, String what) {
        assertThat(node).as(what).isNotNull();
        assertThat(node.isArray()).as("%s is an array, not %s", what, node).isTrue();
    }
}
