package org.barometer.issue;

import static org.assertj.core.api.Assertions.assertThat;

import org.barometer.WebTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application's own migrations look for texts over migration 8's limits before running it. */
@WebTest
class TextLimitsCallbackTests {

    @Autowired
    Flyway flyway;

    @Test
    void theApplicationsMigrationsCheckTheTextLimitsBeforeMigration8() {
        assertThat(flyway.getConfiguration().getCallbacks()).hasAtLeastOneElementOfType(TextLimitsBeforeV8.class);
    }
}
