package com.annavaram.systemtests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.annavaram.platform.launch.ServiceSpec;

/**
 * A private copy of the packaged artifacts, laid out as in the project, that the run starts its processes from. A
 * rebuild of a module while the stories run (other builds share the working copy) would otherwise replace the jars
 * under running services: Quarkus loads classes lazily from its jars and hangs once they are gone.
 */
final class Artifacts {

    /**
     * Every path the platform and the migration start from, relative to the project root: each service's whole folder
     * (its jar reads lib/ and maps the class-data archive beside it).
     */
    private static final List<String> PACKAGED = List.of(folderOf(ServiceSpec.ADMIN), folderOf(ServiceSpec.USER),
            Migration.JAR);

    private Artifacts() {
    }

    private static String folderOf(ServiceSpec service) {
        return Path.of(service.artifact()).getParent().toString();
    }

    /** Copies the artifacts of {@code projectRoot} into {@code into}; returns {@code into} as the new root. */
    static Path snapshot(Path projectRoot, Path into) {
        try {
            delete(into);
            for (String relative : PACKAGED) {
                Path source = projectRoot.resolve(relative);
                if (!Files.exists(source)) {
                    throw new IllegalStateException(source + " is missing: build it with ./mvnw -B -o -q install "
                            + "-DskipTests -pl admin-service,user-service,migration");
                }
                copy(source, into.resolve(relative));
            }
            return into.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    // With its modification time: the JVM maps a class-data archive only over the jars it was made from.
                    Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}
