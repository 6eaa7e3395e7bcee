package org.barometer.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The sign-in limits as the store keeps them, on both stores: two throttles on one store are two servers. */
class SignInLimitsTests {

    static final LoginThrottle.Limits LIMITS = new LoginThrottle.Limits(3, 5, 8, Duration.ofMinutes(15));

    /** A clock the test moves. */
    static final class Hands extends Clock {
        Instant now = Instant.parse("2026-12-01T12:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aLockMadeOnOneServerHoldsOnAnotherUntilTheWindowHasPassed(TestDatabase database) {
        Hands clock = new Hands();
        javax.sql.DataSource store = database.fresh();
        try (Stores first = Stores.on(store); Stores second = Stores.on(store)) {
            LoginThrottle one = new LoginThrottle(first.get(SignInAttempts.class), LIMITS, clock);
            LoginThrottle two = new LoginThrottle(second.get(SignInAttempts.class), LIMITS, clock);
            for (int i = 0; i < LIMITS.perAddress(); i++) {
                assertThat(one.verdict("10.0.0.1", "alice")).isEqualTo(LoginThrottle.Verdict.ALLOWED);
                one.failed("10.0.0.1", i % 2 == 0 ? "alice " : " alice");
            }

            assertThat(two.verdict("10.0.0.1", "alice")).isEqualTo(LoginThrottle.Verdict.ACCOUNT_LOCKED);
            assertThat(two.verdict("10.0.0.1", "\talice\n")).isEqualTo(LoginThrottle.Verdict.ACCOUNT_LOCKED);
            assertThat(two.verdict("10.0.0.2", "alice")).isEqualTo(LoginThrottle.Verdict.ALLOWED);
            assertThat(two.verdict("10.0.0.1", "bob")).isEqualTo(LoginThrottle.Verdict.ALLOWED);

            clock.now = clock.now.plus(LIMITS.window()).plusSeconds(1);
            assertThat(two.verdict("10.0.0.1", "alice")).isEqualTo(LoginThrottle.Verdict.ALLOWED);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAccountIsLockedAcrossAddressesAndASuccessUnlocksIt(TestDatabase database) {
        Hands clock = new Hands();
        try (Stores stores = Stores.on(database.fresh())) {
            LoginThrottle throttle = new LoginThrottle(stores.get(SignInAttempts.class), LIMITS, clock);
            for (int i = 0; i < LIMITS.perAccount(); i++) {
                throttle.failed("10.0.1." + i, "alice");
            }

            assertThat(throttle.verdict("10.9.9.9", "alice")).isEqualTo(LoginThrottle.Verdict.ACCOUNT_LOCKED);

            throttle.succeeded("10.9.9.9", "alice");
            assertThat(throttle.verdict("10.9.9.9", "alice")).isEqualTo(LoginThrottle.Verdict.ALLOWED);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void tooManySignInsToAnyAccountsTurnEveryoneAwayForAMinute(TestDatabase database) {
        Hands clock = new Hands();
        try (Stores stores = Stores.on(database.fresh())) {
            LoginThrottle throttle = new LoginThrottle(stores.get(SignInAttempts.class), LIMITS, clock);
            for (int i = 0; i < LIMITS.global(); i++) {
                assertThat(throttle.verdict("10.0.2." + i, "user" + i)).isEqualTo(LoginThrottle.Verdict.ALLOWED);
                if (i % 2 == 0) {
                    throttle.failed("10.0.2." + i, "user" + i);
                } else {
                    throttle.succeeded("10.0.2." + i, "user" + i);
                }
            }

            assertThat(throttle.verdict("10.0.3.1", "someone")).isEqualTo(LoginThrottle.Verdict.BUSY);

            clock.now = clock.now.plus(LoginThrottle.GLOBAL_WINDOW).plusSeconds(1);
            assertThat(throttle.verdict("10.0.3.1", "someone")).isEqualTo(LoginThrottle.Verdict.ALLOWED);
        }
    }
}
