package com.annavaram.bench.scenario;

import java.util.SplittableRandom;
import java.util.function.ToIntBiFunction;

import com.annavaram.bench.driver.DriverQueries;
import com.annavaram.bench.load.Scenario;

/** The driver-only twin of a catalogue scenario: the same queries, drawn the same way, straight to the database. */
final class DriverScenario implements Scenario {

    private final String name;
    private final String request;
    private final DriverQueries queries;
    private final ToIntBiFunction<DriverQueries, SplittableRandom> query;

    DriverScenario(String name, String request, DriverQueries queries,
            ToIntBiFunction<DriverQueries, SplittableRandom> query) {
        this.name = name;
        this.request = request;
        this.queries = queries;
        this.query = query;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String side() {
        return "driver";
    }

    @Override
    public String request() {
        return request;
    }

    @Override
    public Worker worker(int index, int concurrency) {
        SplittableRandom random = new SplittableRandom(index * 7919L + name.hashCode());
        return recording -> recording.timed(() -> query.applyAsInt(queries, random));
    }
}
