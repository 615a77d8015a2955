package com.annavaram.migration.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * One section of a report: how many items there are, the first ones in memory, the rest spilled to a temporary
 * file as JSON lines so that a report of any size keeps memory bounded. Items past {@code limit} are only counted.
 */
public final class Section {

    /** Items a section keeps in memory; later ones go to a temporary file. */
    public static final int IN_MEMORY = 1_000;
    private static final JsonWriterSettings LINE = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final String name;
    private final long limit;
    private final List<Document> items = new ArrayList<>();
    private Path spill;
    private BufferedWriter spillWriter;
    private long count;

    Section(String name, long limit) {
        this.name = name;
        this.limit = limit;
    }

    public synchronized void add(Document item) {
        add(() -> item);
    }

    /** Counts an item; builds and keeps it only while the section keeps items. */
    public synchronized void add(Supplier<Document> supplier) {
        count++;
        if (count > limit) {
            return;
        }
        Document item = supplier.get();
        if (items.size() < Math.min(IN_MEMORY, limit)) {
            items.add(item);
        } else {
            try {
                if (spillWriter == null) {
                    spill = Files.createTempFile("migration-report-" + name, ".jsonl");
                    spill.toFile().deleteOnExit();
                    spillWriter = Files.newBufferedWriter(spill, StandardCharsets.UTF_8);
                }
                spillWriter.write(item.toJson(LINE));
                spillWriter.newLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public String name() {
        return name;
    }

    public synchronized long count() {
        return count;
    }

    /** The items held in memory (the first ones). */
    public synchronized List<Document> items() {
        return List.copyOf(items);
    }

    synchronized Document toDocument() {
        Document doc = new Document("count", count).append("items", new ArrayList<>(items));
        if (count > items.size()) {
            doc.append("omitted", count - items.size());
        }
        return doc;
    }

    /** Writes {@code {"count": n, "items": [...], "omitted": k}} with every kept item, spilled ones included. */
    synchronized void writeJson(Writer out) throws IOException {
        out.write("{\"count\": " + count + ", \"items\": [");
        long written = 0;
        for (Document item : items) {
            out.write(written++ == 0 ? "\n      " : ",\n      ");
            out.write(item.toJson(LINE));
        }
        if (spillWriter != null) {
            spillWriter.flush();
            try (var lines = Files.newBufferedReader(spill, StandardCharsets.UTF_8)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    out.write(written++ == 0 ? "\n      " : ",\n      ");
                    out.write(line);
                }
            }
        }
        out.write("]");
        if (count > written) {
            out.write(", \"omitted\": " + (count - written));
        }
        out.write("}");
    }

    synchronized void close() {
        if (spillWriter != null) {
            try {
                spillWriter.close();
                Files.deleteIfExists(spill);
            } catch (IOException e) {
                // a temporary file; deleted on exit otherwise
            }
            spillWriter = null;
        }
    }
}
