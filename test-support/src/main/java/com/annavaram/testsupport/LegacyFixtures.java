package com.annavaram.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.bson.Document;

import com.mongodb.client.MongoDatabase;

/**
 * The legacy data set of {@code ../shared/fixtures/legacy-annavaram}: one Extended JSON array per collection, and
 * {@code EXPECTED.json} with the figures a correct migration reaches. The set is used as it is, never edited.
 */
public final class LegacyFixtures {

    private static final String EXPECTED = "EXPECTED.json";

    private LegacyFixtures() {
    }

    /** The fixture folder: {@code -Dfixtures.dir}, else found by walking up from the working directory. */
    public static Path dir() {
        String configured = System.getProperty("fixtures.dir");
        if (configured != null && Files.isDirectory(Paths.get(configured))) {
            return Paths.get(configured).normalize();
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/fixtures/legacy-annavaram");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            candidate = p.resolveSibling("shared").resolve("fixtures/legacy-annavaram");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("legacy fixtures not found: set -Dfixtures.dir");
    }

    /** Every collection of the set with its documents, in file-name order. */
    public static Map<String, List<Document>> read() {
        Map<String, List<Document>> collections = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir())) {
            files.filter(f -> f.toString().endsWith(".json") && !f.getFileName().toString().equals(EXPECTED))
                    .forEach(f -> collections.put(f.getFileName().toString().replace(".json", ""), parse(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return collections;
    }

    /** Inserts the whole set into {@code db}; returns the count per collection. */
    public static Map<String, Integer> load(MongoDatabase db) {
        Map<String, Integer> counts = new TreeMap<>();
        read().forEach((name, docs) -> {
            if (!docs.isEmpty()) {
                db.getCollection(name).insertMany(docs);
            }
            counts.put(name, docs.size());
        });
        return counts;
    }

    /** The figures of {@code EXPECTED.json}. */
    public static Document expected() {
        return Document.parse(readString(dir().resolve(EXPECTED)));
    }

    private static List<Document> parse(Path file) {
        return Document.parse("{\"documents\": " + readString(file) + "}").getList("documents", Document.class);
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
