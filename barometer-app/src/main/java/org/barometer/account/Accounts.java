package org.barometer.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts of the team: adding them, with their role and assignments, and passwords hashed. */
@Service
public class Accounts {

    static final int MINIMUM_PASSWORD = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountStore store;
    private final PasswordEncoder passwords;

    Accounts(AccountStore store) {
        this.store = store;
        this.passwords = PASSWORDS;
    }

    /** Spring Security's delegating encoder: bcrypt now, and every older hash still readable by its prefix. */
    static final PasswordEncoder PASSWORDS = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    /** Adds an account; a bad name, a short password, a taken name or an unknown relationship is refused. */
    @Transactional
    public Actor add(String username, String password, Role role, Set<String> relationships, boolean securityAnalyst) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,39}")) {
            throw new IllegalArgumentException("username: 2 to 40 lower-case letters, digits, dots, hyphens or underscores, not \"" + username + "\"");
        }
        if (password == null || password.length() < MINIMUM_PASSWORD) {
            throw new IllegalArgumentException("password: at least " + MINIMUM_PASSWORD + " characters");
        }
        if (store.exists(username)) {
            throw new IllegalArgumentException("username: \"" + username + "\" is taken");
        }
        if (role != Role.ANALYST && (!relationships.isEmpty() || securityAnalyst)) {
            throw new IllegalArgumentException("only analysts are assigned relationships or the security catalogue");
        }
        Set<String> known = store.relationshipCodes();
        for (String code : relationships) {
            if (!known.contains(code)) {
                throw new IllegalArgumentException("relationship: no relationship has the code \"" + code + "\" (known: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
        Actor actor = new Actor(username, role, relationships, securityAnalyst);
        store.insert(actor, passwords.encode(password));
        return actor;
    }

    public boolean none() {
        return store.count() == 0;
    }

    public List<Actor> list() {
        return store.list();
    }

    /** A random password of 16 URL-safe characters, for demo accounts. */
    public static String randomPassword() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
