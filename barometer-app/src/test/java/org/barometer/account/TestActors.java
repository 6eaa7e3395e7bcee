package org.barometer.account;

import java.util.Set;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Signed-in team members for MockMvc requests: {@code web.perform(post(...).with(TestActors.editor()))}. */
public final class TestActors {

    private TestActors() {
    }

    public static RequestPostProcessor as(Actor actor) {
        return user(new SignedIn(actor, "{noop}unused"));
    }

    public static RequestPostProcessor admin() {
        return as(new Actor("admin", Role.ADMIN, Set.of(), false));
    }

    public static RequestPostProcessor editor() {
        return as(new Actor("editor", Role.EDITOR, Set.of(), false));
    }

    /** An analyst assigned one relationship, by its code (for example "russia"). */
    public static RequestPostProcessor analyst(String relationshipCode) {
        return as(new Actor("analyst-" + relationshipCode, Role.ANALYST, Set.of(relationshipCode), false));
    }

    /** An external reviewer, whose one right is scoring samples the editor names them for. */
    public static RequestPostProcessor reviewer() {
        return as(new Actor("reviewer", Role.REVIEWER, Set.of(), false));
    }

    public static RequestPostProcessor securityAnalyst() {
        return as(new Actor("analyst-security", Role.ANALYST, Set.of(), true));
    }
}
