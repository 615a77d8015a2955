package com.annavaram.migration.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import com.annavaram.migration.Values;

/**
 * What a plan predicts or a run did: named sections, each an exact count and its items (kept up to a limit so memory
 * stays bounded on large data), plus free figures. Written as JSON and summarised for people.
 */
public final class Report {

    private static final JsonWriterSettings JSON = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED)
            .indent(true).build();

    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final Document figures = new Document();
    private final Map<String, Map<String, Long>> tallies = new LinkedHashMap<>();
    private final long itemLimit;

    /** @param itemLimit items kept per section (counts stay exact); beyond 1,000 they are kept on disk */
    public Report(long itemLimit) {
        this.itemLimit = itemLimit;
    }

    /** The section of that name, created empty on first use. */
    public synchronized Section section(String name) {
        return sections.computeIfAbsent(name, n -> new Section(n, itemLimit));
    }

    /** Adds one item to a section. */
    public void add(String section, Document item) {
        section(section).add(item);
    }

    /** Counts one item of a section and builds it only when the section still keeps items. */
    public void add(String section, Supplier<Document> item) {
        section(section).add(item);
    }

    /** A blocking problem: data the run cannot migrate safely as it is. */
    public void problem(String collection, Object id, String field, String message) {
        add(Sections.PROBLEMS, new Document("collection", collection).append("id", Values.printable(id))
                .append("field", field).append("message", message));
    }

    /** A value the run fills, converts or corrects (a default, a wrong BSON type, a legacy status). */
    public void repair(String collection, Object id, String field, Object from, Object to) {
        add(Sections.FIELD_REPAIRS, () -> new Document("collection", collection).append("id", Values.printable(id))
                .append("field", field).append("from", Values.printable(from)).append("to", Values.printable(to)));
        tally("fieldRepairs", collection + "." + field, 1);
    }

    /** An unequal (or half-present) alias pair and the value both names get: the first name's, where it has one. */
    public void aliasRepair(String collection, Object id, String pair, Object first, Object second, Object kept) {
        add(Sections.ALIAS_REPAIRS, () -> new Document("collection", collection).append("id", Values.printable(id))
                .append("pair", pair).append("first", Values.printable(first))
                .append("second", Values.printable(second)).append("kept", Values.printable(kept)));
        tally("aliasRepairs", collection, 1);
    }

    public long count(String section) {
        Section s = sections.get(section);
        return s == null ? 0 : s.count();
    }

    public List<Document> items(String section) {
        Section s = sections.get(section);
        return s == null ? List.of() : s.items();
    }

    /** A figure such as {@code products_after_merge}. */
    public synchronized void figure(String name, Object value) {
        figures.put(name, value);
    }

    public synchronized Object figure(String name) {
        return figures.get(name);
    }

    public Document figures() {
        return figures;
    }

    /** Counts one more {@code key} in a group, e.g. a rewritten reference in group {@code references}, key
     * {@code orders}. */
    public synchronized void tally(String group, String key, long n) {
        tallies.computeIfAbsent(group, g -> new LinkedHashMap<>()).merge(key, n, Long::sum);
    }

    public synchronized long tally(String group, String key) {
        return tallies.getOrDefault(group, Map.of()).getOrDefault(key, 0L);
    }

    /** One group of tallies as a document, keys in first-seen order. */
    public synchronized Document tallies(String group) {
        Document doc = new Document();
        tallies.getOrDefault(group, Map.of()).forEach(doc::append);
        return doc;
    }

    public List<Section> sections() {
        return new ArrayList<>(sections.values());
    }

    /** The blocking problems: the run refuses to start while there is any. */
    public List<Document> problems() {
        return items(Sections.PROBLEMS);
    }

    public boolean hasProblems() {
        return count(Sections.PROBLEMS) > 0;
    }

    /** Every figure and section: {@code {figures, sections: {name: {count, items, omitted}}}}. */
    public Document toDocument() {
        Document all = new Document();
        sections.values().forEach(s -> all.append(s.name(), s.toDocument()));
        Document groups = new Document();
        tallies.keySet().forEach(g -> groups.append(g, tallies(g)));
        return new Document("figures", figures).append("tallies", groups).append("sections", all);
    }

    /** Streams this report as JSON: figures, tallies, then every section with all its kept items. */
    public void writeJson(Writer out) throws IOException {
        Document groups = new Document();
        tallies.keySet().forEach(g -> groups.append(g, tallies(g)));
        out.write("{\"figures\": " + figures.toJson(JSON) + ",\n  \"tallies\": " + groups.toJson(JSON)
                + ",\n  \"sections\": {");
        boolean first = true;
        for (Section section : sections.values()) {
            out.write((first ? "\n    \"" : ",\n    \"") + section.name() + "\": ");
            section.writeJson(out);
            first = false;
        }
        out.write("}}");
    }

    /** Deletes what the sections spilled to disk. */
    public void close() {
        sections.values().forEach(Section::close);
    }

    public static String toJson(Document document) {
        return document.toJson(JSON);
    }

    /** Writes {@code header} with each report appended under its key, streaming the reports. */
    public static void write(Path file, Document header, Map<String, Report> reports) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                String head = toJson(header).trim();
                out.write(head, 0, head.length() - 1);
                boolean first = header.isEmpty();
                for (Map.Entry<String, Report> report : reports.entrySet()) {
                    out.write((first ? "\n  \"" : ",\n  \"") + report.getKey() + "\": ");
                    report.getValue().writeJson(out);
                    first = false;
                }
                out.write("\n}\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + file + ": " + e.getMessage(), e);
        }
    }

    public static void write(Path file, Document document) {
        write(file, document, Map.of());
    }
}
