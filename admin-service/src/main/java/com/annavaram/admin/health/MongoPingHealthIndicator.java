package com.annavaram.admin.health;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code mongo} component of {@code /actuator/health}, replacing Boot's own: that one sends {@code hello} (which
 * the embedded server of tests and local runs does not know) and lists every database (which a least-privilege user
 * may not). A ping answers the only question asked here.
 */
@Component("mongoHealthIndicator")
class MongoPingHealthIndicator implements HealthIndicator {

    private final DatabaseProbe database;

    MongoPingHealthIndicator(DatabaseProbe database) {
        this.database = database;
    }

    @Override
    public Health health() {
        return database.isReachable() ? Health.up().build() : Health.down().build();
    }
}
