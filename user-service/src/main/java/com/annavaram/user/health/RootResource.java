package com.annavaram.user.health;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.mongodb.client.MongoClient;
import com.mongodb.connection.ServerDescription;

/** The legacy root: a cheap liveness answer that the front ends and the launcher poll. */
@Path("/")
class RootResource {

    static final String SERVICE = "user-service";
    static final String MESSAGE = "Online Annavaram storefront API";

    private final MongoClient client;

    RootResource(MongoClient client) {
        this.client = client;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public RootStatus root() {
        return new RootStatus(true, "ok", SERVICE, MESSAGE, databaseConnected() ? "connected" : "disconnected",
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * Reads the state the driver's monitor keeps instead of sending a ping, so the root answers at once even when the
     * server is gone (a ping would wait for the server selection timeout).
     */
    private boolean databaseConnected() {
        return client.getClusterDescription().getServerDescriptions().stream().anyMatch(ServerDescription::isOk);
    }

    /** The body of {@code GET /}. */
    record RootStatus(boolean success, String status, String service, String message, String database,
            Instant timestamp) {
    }
}
