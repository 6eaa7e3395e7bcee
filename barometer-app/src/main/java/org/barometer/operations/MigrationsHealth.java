package org.barometer.operations;

import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Ready only when the store has every migration this build knows of: a node of an older build must not serve a newer schema. */
@Component("migrations")
class MigrationsHealth extends AbstractHealthIndicator {

    private final ObjectProvider<Flyway> flyway;

    MigrationsHealth(ObjectProvider<Flyway> flyway) {
        this.flyway = flyway;
    }

    /** A store that cannot be asked is DOWN (the base class turns the exception into that), not an error. */
    @Override
    protected void doHealthCheck(Health.Builder health) {
        Flyway migrations = flyway.getIfAvailable();
        if (migrations == null) {
            health.unknown().withDetail("reason", "no migrations configured");
            return;
        }
        MigrationInfo[] pending = migrations.info().pending();
        MigrationInfo current = migrations.info().current();
        (pending.length == 0 ? health.up() : health.down())
                .withDetail("schema", current == null ? "none" : current.getVersion().toString())
                .withDetail("pending", Arrays.stream(pending).map(info -> info.getVersion().toString()).toList());
    }
}
