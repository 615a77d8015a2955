package com.annavaram.systemtests.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;

/** Reads the services' JSON envelopes: numbers with decimals as {@link BigDecimal}, so money compares exactly. */
public final class Json {

    private static final JsonPathConfig EXACT = JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private Json() {
    }

    /** The body of a success envelope ({@code {success: true, data, ...}}) answered with {@code status}. */
    public static JsonPath ok(Response response, int status) {
        assertThat(response.statusCode()).as("%s", response.asString()).isEqualTo(status);
        JsonPath body = body(response);
        assertThat(body.getBoolean("success")).as("success of %s", response.asString()).isTrue();
        return body;
    }

    /** A problem body ({@code application/problem+json}, {@code success: false}) answered with {@code status}. */
    public static JsonPath problem(Response response, int status) {
        assertThat(response.statusCode()).as("%s", response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonPath body = body(response);
        assertThat(body.getBoolean("success")).isFalse();
        assertThat(body.getString("message")).isNotBlank();
        return body;
    }

    public static JsonPath body(Response response) {
        return JsonPath.from(response.asString()).using(EXACT);
    }

    /** The element of a {@code data} array whose {@code key} is {@code value}, or {@code null}. */
    public static Map<String, Object> find(List<Map<String, Object>> rows, String key, Object value) {
        return rows.stream().filter(row -> value.equals(row.get(key))).findFirst().orElse(null);
    }

    /** A number of a parsed row as an exact decimal. */
    public static BigDecimal decimal(Object number) {
        return number == null ? null : new BigDecimal(number.toString());
    }
}
