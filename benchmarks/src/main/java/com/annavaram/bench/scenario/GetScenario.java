package com.annavaram.bench.scenario;

import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;

import com.annavaram.bench.load.Http;
import com.annavaram.bench.load.Scenario;

/** One GET per iteration against a service, the path drawn at random per request (a product, a term, a page). */
final class GetScenario implements Scenario {

    private final String name;
    private final String request;
    private final String baseUrl;
    private final Function<SplittableRandom, String> path;
    private final Supplier<String> token;

    /** @param token the bearer token, or a supplier of {@code null} for public calls */
    GetScenario(String name, String request, String baseUrl, Function<SplittableRandom, String> path,
            Supplier<String> token) {
        this.name = name;
        this.request = request;
        this.baseUrl = baseUrl;
        this.path = path;
        this.token = token;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String side() {
        return "service";
    }

    @Override
    public String request() {
        return request;
    }

    @Override
    public Worker worker(int index, int concurrency) {
        Http http = new Http();
        SplittableRandom random = new SplittableRandom(index * 7919L + name.hashCode());
        String bearer = token.get();
        return Worker.over(http, recording -> recording.http(() -> http.get(baseUrl + path.apply(random), bearer)));
    }
}
