package org.barometer.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sign-in attempts in the store, shared by every server on it. */
@Repository
class SignInAttempts {

    private final JdbcClient jdbc;

    SignInAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes down an attempt; a failure counts against the account, a success does not. */
    void add(String username, String address, Instant at, boolean counted) {
        jdbc.sql("insert into sign_in_attempt (username, address, attempted_at, counted) values (?, ?, ?, ?)")
                .params(username, address, time(at), counted).update();
    }

    /** The counted failures of an account since a moment, from one address. */
    int failures(String username, String address, Instant since) {
        return jdbc.sql("select count(*) from sign_in_attempt where username = ? and address = ? and counted and attempted_at > ?")
                .params(username, address, time(since)).query(Integer.class).single();
    }

    /** The counted failures of an account since a moment, from every address. */
    int failures(String username, Instant since) {
        return jdbc.sql("select count(*) from sign_in_attempt where username = ? and counted and attempted_at > ?")
                .params(username, time(since)).query(Integer.class).single();
    }

    /** Every attempt since a moment, for any account. */
    int attempts(Instant since) {
        return jdbc.sql("select count(*) from sign_in_attempt where attempted_at > ?").param(time(since)).query(Integer.class).single();
    }

    /** A successful sign-in: the account's failures no longer count against it. */
    void clear(String username) {
        jdbc.sql("update sign_in_attempt set counted = false where username = ? and counted").param(username).update();
    }

    /** Forgets attempts older than every window. */
    void forgetBefore(Instant moment) {
        jdbc.sql("delete from sign_in_attempt where attempted_at < ?").param(time(moment)).update();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
