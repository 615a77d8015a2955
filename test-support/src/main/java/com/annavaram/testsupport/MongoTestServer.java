package com.annavaram.testsupport;

import java.net.InetSocketAddress;
import java.util.Locale;

import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The MongoDB the tests of a JVM share. {@code -Dmongo.provider=} chooses it: {@code embedded} (default,
 * mongo-java-server in memory on a random loopback port), {@code testcontainers} (real MongoDB, a replica set from
 * {@code -Dmongo.image}, default {@code mongo:8.0}; the tests are skipped where Docker is missing), or {@code auto}
 * (Testcontainers where Docker runs, embedded elsewhere).
 *
 * <p>
 * Quarkus loads test code in a class loader of its own; the server's address is kept in a system property so every
 * class loader of the JVM reaches the same server.
 */
public final class MongoTestServer {

    private static final String ADDRESS_PROPERTY = "annavaram.test.mongo.address";
    private static final String PROVIDER_PROPERTY = "annavaram.test.mongo.provider";
    private static MongoTestServer instance;

    private final String address;
    private final String provider;
    private MongoClient client;

    private MongoTestServer(String address, String provider) {
        this.address = address;
        this.provider = provider;
    }

    /** The shared server, started on first use. */
    public static synchronized MongoTestServer get() {
        if (instance == null) {
            String address = System.getProperty(ADDRESS_PROPERTY);
            if (address != null) {
                instance = new MongoTestServer(address, System.getProperty(PROVIDER_PROPERTY));
            } else {
                instance = start();
                System.setProperty(ADDRESS_PROPERTY, instance.address);
                System.setProperty(PROVIDER_PROPERTY, instance.provider);
            }
        }
        return instance;
    }

    /** Whether a server was started in this JVM (the alias checker only looks when one was). */
    public static boolean isRunning() {
        return System.getProperty(ADDRESS_PROPERTY) != null;
    }

    private static MongoTestServer start() {
        String wanted = System.getProperty("mongo.provider", "embedded").toLowerCase(Locale.ROOT);
        switch (wanted) {
            case "testcontainers" -> {
                Assumptions.assumeTrue(dockerAvailable(), "Docker is not available: Testcontainers tests skipped");
                return startContainer();
            }
            case "auto" -> {
                return dockerAvailable() ? startContainer() : startEmbedded();
            }
            case "embedded" -> {
                return startEmbedded();
            }
            default -> throw new IllegalArgumentException("mongo.provider must be embedded, testcontainers or auto");
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static MongoTestServer startEmbedded() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress bound = server.getLocalAddress();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "embedded-mongo-shutdown"));
        return new MongoTestServer("127.0.0.1:" + bound.getPort(), "embedded");
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM ends
    private static MongoTestServer startContainer() {
        String image = System.getProperty("mongo.image", "mongo:8.0");
        MongoDBContainer container = new MongoDBContainer(DockerImageName.parse(image));
        container.start();
        String uri = container.getReplicaSetUrl();
        ConnectionString parsed = new ConnectionString(uri);
        String query = uri.contains("?") ? uri.substring(uri.indexOf('?')) : "";
        return new MongoTestServer(String.join(",", parsed.getHosts()) + "/" + query, "testcontainers");
    }

    /** {@code embedded} or {@code testcontainers}. */
    public String provider() {
        return provider;
    }

    /** A connection string for {@code database} on this server. */
    public String uri(String database) {
        String hosts = address;
        String query = "";
        int slash = address.indexOf('/');
        if (slash >= 0) {
            hosts = address.substring(0, slash);
            query = address.substring(slash + 1);
        }
        return "mongodb://" + hosts + "/" + database + query;
    }

    /** A client of this server, shared by the test helpers. */
    public synchronized MongoClient client() {
        if (client == null) {
            client = MongoClients.create(uri(""));
        }
        return client;
    }
}
