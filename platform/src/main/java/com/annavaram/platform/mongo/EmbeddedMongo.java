package com.annavaram.platform.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import com.annavaram.platform.mongo.indexed.IndexedMemoryBackend;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * A MongoDB-compatible server (mongo-java-server) for local runs and system tests: the H2 MVStore backend keeps the
 * data in one file that survives restarts; the memory backend keeps nothing and reads its indexes for equality filters. Closing it commits and closes the file.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final InetSocketAddress address;
    private final Path dataFile;

    private EmbeddedMongo(MongoServer server, Path dataFile) {
        this.server = server;
        this.address = server.getLocalAddress();
        this.dataFile = dataFile;
    }

    /** Serves the data of {@code dataFile} (created with its folder when missing) on {@code host:port} (0: any). */
    public static EmbeddedMongo startWithFile(String host, int port, Path dataFile) {
        Path file = dataFile.toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file.getParent(), e);
        }
        return start(new H2Backend(file.toString()), host, port, file);
    }

    /**
     * Serves an empty in-memory database on {@code host:port} (0: any free port), with index-backed equality filters
     * ({@link IndexedMemoryBackend}).
     */
    public static EmbeddedMongo startInMemory(String host, int port) {
        return start(new IndexedMemoryBackend(), host, port, null);
    }

    private static EmbeddedMongo start(MongoBackend backend, String host, int port, Path dataFile) {
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(host, port);
        } catch (Exception e) {
            // Netty rethrows the checked BindException undeclared. The backend holds the file lock: release it.
            try {
                server.shutdownNow();
            } catch (RuntimeException notStarted) {
                backend.close();
            }
            throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        return new EmbeddedMongo(server, dataFile);
    }

    /** The address the server listens on. */
    public InetSocketAddress address() {
        return address;
    }

    /** The port the server listens on. */
    public int port() {
        return address.getPort();
    }

    /** A connection string for {@code database} on this server. */
    public String uri(String database) {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
    }

    /** The data file, or {@code null} for an in-memory server. */
    public Path dataFile() {
        return dataFile;
    }

    /** Stops listening, closes the clients and commits and closes the data file. */
    @Override
    public void close() {
        server.shutdownNow();
    }

    /** {@code java -cp platform.jar com.annavaram.platform.mongo.EmbeddedMongo [--port n] [--data-file f]}. */
    public static void main(String[] args) {
        com.annavaram.platform.PlatformCommand.main(prepend("mongo", args));
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
