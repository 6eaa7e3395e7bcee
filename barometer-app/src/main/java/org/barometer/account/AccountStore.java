package org.barometer.account;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Accounts and their assignments in the store. Passwords are kept only as hashes. */
@Repository
class AccountStore {

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredAccount(Actor actor, String passwordHash) {
    }

    int count() {
        return jdbc.sql("select count(*) from account").query(Integer.class).single();
    }

    boolean exists(String username) {
        return jdbc.sql("select count(*) from account where username = ?").param(username).query(Integer.class).single() > 0;
    }

    Optional<StoredAccount> find(String username) {
        return jdbc.sql("select id, username, password_hash, role, security_analyst from account where username = ?")
                .param(username)
                .query((rs, n) -> new StoredAccount(new Actor(rs.getString("username"), Role.valueOf(rs.getString("role")),
                        relationships(rs.getLong("id")), rs.getBoolean("security_analyst")), rs.getString("password_hash")))
                .optional();
    }

    List<Actor> list() {
        return jdbc.sql("select username from account order by role, username").query(String.class).list().stream()
                .map(username -> find(username).orElseThrow().actor())
                .toList();
    }

    void insert(Actor actor, String passwordHash) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into account (username, password_hash, role, security_analyst) values (?, ?, ?, ?)")
                .params(actor.username(), passwordHash, actor.role().name(), actor.securityAnalyst())
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        for (String code : actor.relationships()) {
            jdbc.sql("insert into account_relationship (account_id, relationship_id) select ?, id from relationship where code = ?")
                    .params(id, code).update();
        }
    }

    /** Codes of the relationships that exist, to check assignments against. */
    Set<String> relationshipCodes() {
        return new HashSet<>(jdbc.sql("select code from relationship").query(String.class).list());
    }

    private Set<String> relationships(long accountId) {
        return new HashSet<>(jdbc.sql("""
                select r.code from account_relationship ar join relationship r on r.id = ar.relationship_id
                where ar.account_id = ?""").param(accountId).query(String.class).list());
    }
}
