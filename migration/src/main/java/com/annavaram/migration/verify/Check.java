package com.annavaram.migration.verify;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;

/** One invariant of the migrated data: whether it holds, how many violations, the first few of them. */
public final class Check {

    private static final int SHOWN = 20;

    private final String name;
    private final List<String> examples = new ArrayList<>();
    private long violations;
    private String figure;

    Check(String name) {
        this.name = name;
    }

    void fail(String example) {
        violations++;
        if (examples.size() < SHOWN) {
            examples.add(example);
        }
    }

    Check figure(String value) {
        this.figure = value;
        return this;
    }

    public String name() {
        return name;
    }

    public boolean ok() {
        return violations == 0;
    }

    public long violations() {
        return violations;
    }

    public List<String> examples() {
        return List.copyOf(examples);
    }

    public String figure() {
        return figure;
    }

    Document toDocument() {
        return new Document("name", name).append("ok", ok()).append("figure", figure)
                .append("violations", violations).append("examples", examples);
    }
}
