package com.annavaram.model.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@link IndexCatalog#apply} did: created, replaced, unchanged and failed indexes. */
public final class IndexReport {

    private final List<String> created = new ArrayList<>();
    private final List<String> replaced = new ArrayList<>();
    private final List<String> unchanged = new ArrayList<>();
    private final Map<String, String> failed = new LinkedHashMap<>();

    void created(IndexSpec spec) {
        created.add(qualified(spec));
    }

    void replaced(IndexSpec spec) {
        replaced.add(qualified(spec));
    }

    void unchanged(IndexSpec spec) {
        unchanged.add(qualified(spec));
    }

    void failed(IndexSpec spec, String reason) {
        failed.put(qualified(spec), reason);
    }

    public List<String> created() {
        return List.copyOf(created);
    }

    public List<String> replaced() {
        return List.copyOf(replaced);
    }

    public List<String> unchanged() {
        return List.copyOf(unchanged);
    }

    /** Index (collection.name) to the server's reason. */
    public Map<String, String> failed() {
        return Map.copyOf(failed);
    }

    public boolean isComplete() {
        return failed.isEmpty();
    }

    private static String qualified(IndexSpec spec) {
        return spec.collection() + "." + spec.name();
    }

    @Override
    public String toString() {
        return "indexes: " + created.size() + " created, " + replaced.size() + " replaced, " + unchanged.size()
                + " unchanged, " + failed.size() + " failed" + (failed.isEmpty() ? "" : " " + failed);
    }
}
