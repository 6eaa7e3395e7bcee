package org.barometer.account;

/**
 * What an account may do: admin manages accounts, the editor everything in an issue, an analyst their assignments, a
 * reviewer (from outside the team) only the second, blind scores the editor assigns them.
 */
public enum Role {
    ADMIN, EDITOR, ANALYST, REVIEWER
}
