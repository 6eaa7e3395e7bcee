package org.barometer.workflow;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Breaks the rules on purpose, for ArchitectureRulesTests: SQL outside a store. */
class BreaksTheStoreRule {

    final JdbcClient jdbc;

    BreaksTheStoreRule(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }
}
