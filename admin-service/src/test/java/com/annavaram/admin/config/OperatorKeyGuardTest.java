package com.annavaram.admin.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class OperatorKeyGuardTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void shouldFindAnOperatorKeyAtAnyDepth() {
        assertThat(OperatorKeyGuard.operatorKey(json.readTree("{\"$set\":{}}"), "")).isEqualTo("/$set");
        assertThat(OperatorKeyGuard.operatorKey(json.readTree("{\"price\":{\"$gt\":0}}"), "")).isEqualTo("/price/$gt");
        assertThat(OperatorKeyGuard.operatorKey(json.readTree("{\"a\":[1,{\"b\":{\"$where\":\"x\"}}]}"), ""))
                .isEqualTo("/a/1/b/$where");
    }

    @Test
    void shouldLetOrdinaryBodiesAndDollarValuesThrough() {
        assertThat(OperatorKeyGuard.operatorKey(json.readTree("{\"name\":\"$5 sweets\",\"tags\":[\"$\"]}"), ""))
                .isNull();
        assertThat(OperatorKeyGuard.operatorKey(json.readTree("[1,2,3]"), "")).isNull();
    }
}
