package com.annavaram.systemtests.support;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;

/** Requests with time limits: a service that stops answering fails the story instead of hanging the build. */
final class Http {

    private static final int CONNECT_MILLIS = 5_000;
    private static final int READ_MILLIS = 30_000;
    private static final RestAssuredConfig LIMITED = RestAssuredConfig.config().httpClient(HttpClientConfig
            .httpClientConfig().setParam("http.connection.timeout", CONNECT_MILLIS).setParam("http.socket.timeout",
                    READ_MILLIS));

    private Http() {
    }

    static RequestSpecification to(String baseUrl) {
        return RestAssured.given().config(LIMITED).baseUri(baseUrl);
    }
}
