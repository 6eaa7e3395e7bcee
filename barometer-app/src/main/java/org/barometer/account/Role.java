package org.barometer.account;

/** What an account may do: admin manages accounts, the editor everything in an issue, an analyst their assignments. */
public enum Role {
    ADMIN, EDITOR, ANALYST
}
