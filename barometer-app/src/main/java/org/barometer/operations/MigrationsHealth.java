package org.barometer.operations;

import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Ready only when the store has every migration this build knows of: a node of an older build must not serve a newer schema. */
@Component("migrations")
class MigrationsHealth implements HealthIndicator {

    private final ObjectProvider<Flyway> flyway;

    MigrationsHealth(ObjectProvider<Flyway> flyway) {
        this.flyway = flyway;
    }

    @Override
    public Health health() {
        Flyway migrations = flyway.getIfAvailable();
        if (migrations == null) {
            return Health.unknown().withDetail("reason", "no migrations configured").build();
        }
        MigrationInfo[] pending = migrations.info().pending();
        MigrationInfo current = migrations.info().current();
        Health.Builder health = pending.length == 0 ? Health.up() : Health.down();
        return health.withDetail("schema", current == null ? "none" : current.getVersion().toString())
                .withDetail("pending", Arrays.stream(pending).map(info -> info.getVersion().toString()).toList())
                .build();
    }
}
