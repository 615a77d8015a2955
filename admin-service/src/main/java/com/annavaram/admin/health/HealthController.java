package com.annavaram.admin.health;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /health}, outside {@code /api} like the legacy Express app, for scripts and load balancers. */
@RestController
class HealthController {

    static final String SERVICE = "admin-service";

    private final DatabaseProbe database;

    HealthController(DatabaseProbe database) {
        this.database = database;
    }

    @GetMapping("/health")
    ResponseEntity<HealthResponse> health() {
        boolean connected = database.isReachable();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        HealthResponse body = new HealthResponse(connected, connected ? "ok" : "unavailable", SERVICE,
                connected ? "connected" : "disconnected", now);
        return ResponseEntity.status(connected ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }

    record HealthResponse(boolean success, String status, String service, String database, Instant timestamp) {
    }
}
