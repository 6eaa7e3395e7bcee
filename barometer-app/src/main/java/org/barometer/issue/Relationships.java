package org.barometer.issue;

import java.util.List;
import java.util.Optional;

import org.barometer.method.Relationship;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The configured relationships issues may cover, known by their codes. Callers own the transaction. */
@Repository
public class Relationships {

    private final JdbcClient jdbc;

    Relationships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every configured relationship, in the order they were added. */
    public List<Relationship> list() {
        return jdbc.sql("select code, name from relationship order by id")
                .query((rs, n) -> new Relationship(rs.getString("code"), rs.getString("name")))
                .list();
    }

    /** Adds a relationship to the configured list; false, and nothing changed, if its code is taken. */
    public boolean add(Relationship relationship) {
        if (row(relationship.code()).isPresent()) {
            return false;
        }
        rowFor(relationship);
        return true;
    }

    /** The row of a relationship, stored now if its code is new. */
    long rowFor(Relationship relationship) {
        return row(relationship.code()).orElseGet(() -> {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("insert into relationship (code, name) values (?, ?)").params(relationship.code(), relationship.name()).update(key, "id");
            return key.getKeyAs(Number.class).longValue();
        });
    }

    private Optional<Long> row(String code) {
        return jdbc.sql("select id from relationship where code = ?").param(code).query(Long.class).optional();
    }
}
