package com.annavaram.hardening.support;

import java.net.http.HttpHeaders;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** One HTTP answer: status, headers, body as text, and how long it took. */
public record Reply(int status, HttpHeaders headers, String body, long millis) {

    public static final String PROBLEM = "application/problem+json";

    public JsonNode json() {
        return Json.read(body);
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public List<String> headerValues(String name) {
        return headers.allValues(name);
    }

    public boolean isProblem() {
        String type = header("Content-Type");
        return type != null && type.startsWith(PROBLEM) && json().path("status").asInt() == status;
    }

    /** The {@code data} member of a success body. */
    public JsonNode data() {
        return json().path("data");
    }
}
