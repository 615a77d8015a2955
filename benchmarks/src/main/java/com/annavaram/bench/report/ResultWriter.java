package com.annavaram.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes one run as {@code <timestamp>-<commit>.json} and {@code .md} into the results folder. */
public final class ResultWriter {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ResultWriter(Path dir) {
        this.dir = dir;
    }

    /** The files written: the JSON first, then the Markdown. */
    public record Written(Path json, Path markdown, String table) {
    }

    public Written write(BenchReport report) {
        String base = LocalDateTime.now().format(STAMP) + "-" + report.machine().shortCommit();
        Path jsonFile = dir.resolve(base + ".json");
        Path mdFile = dir.resolve(base + ".md");
        String table = MarkdownReport.render(report);
        try {
            Files.createDirectories(dir);
            json.writeValue(jsonFile.toFile(), report);
            Files.writeString(mdFile, table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(jsonFile, mdFile, table);
    }
}
