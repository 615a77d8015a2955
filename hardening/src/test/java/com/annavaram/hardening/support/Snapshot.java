package com.annavaram.hardening.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import com.mongodb.client.MongoDatabase;

/**
 * Every document of every collection, as raw extended JSON keyed by {@code _id}: two snapshots compared show any
 * write at all, including to fields no API returns. {@code ignored} names fields, per collection, that change
 * legitimately while nothing is written on a client's behalf; each caller says why.
 */
public record Snapshot(Map<String, Map<String, String>> collections) {

    private static final JsonWriterSettings RAW = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    public static Snapshot take(MongoDatabase db, Map<String, Set<String>> ignored) {
        Map<String, Map<String, String>> collections = new TreeMap<>();
        for (String name : db.listCollectionNames()) {
            Set<String> skip = ignored.getOrDefault(name, Set.of());
            Map<String, String> documents = new TreeMap<>();
            for (Document document : db.getCollection(name).find()) {
                skip.forEach(document::remove);
                documents.put(String.valueOf(document.get("_id")), document.toJson(RAW));
            }
            collections.put(name, documents);
        }
        return new Snapshot(collections);
    }

    public int documents() {
        return collections.values().stream().mapToInt(Map::size).sum();
    }

    /** What differs from {@code later}: one line per collection, document added, removed or changed. */
    public List<String> differences(Snapshot later) {
        List<String> differences = new ArrayList<>();
        Set<String> names = new TreeSet<>(collections.keySet());
        names.addAll(later.collections.keySet());
        for (String name : names) {
            Map<String, String> before = collections.getOrDefault(name, Map.of());
            Map<String, String> after = later.collections.getOrDefault(name, Map.of());
            after.forEach((id, json) -> {
                if (!before.containsKey(id)) {
                    differences.add(name + " added " + abbreviate(json));
                } else if (!before.get(id).equals(json)) {
                    differences.add(name + " changed " + id + ": " + abbreviate(before.get(id)) + " -> "
                            + abbreviate(json));
                }
            });
            before.keySet().stream().filter(id -> !after.containsKey(id))
                    .forEach(id -> differences.add(name + " removed " + id));
        }
        return differences;
    }

    private static String abbreviate(String json) {
        return json.length() > 600 ? json.substring(0, 600) + "…" : json;
    }
}
