package org.barometer.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal of a signed-in session: Spring Security's user with the actor behind it. */
public final class SignedIn extends User {

    private final Actor actor;

    SignedIn(Actor actor, String passwordHash) {
        super(actor.username(), passwordHash, List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
        this.actor = actor;
    }

    public Actor actor() {
        return actor;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
