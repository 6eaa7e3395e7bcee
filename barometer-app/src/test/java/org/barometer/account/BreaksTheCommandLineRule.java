package org.barometer.account;

import org.barometer.cli.BarometerCommand;

/** Breaks the rules on purpose, for ArchitectureRulesTests: a feature reaching into the command line. */
class BreaksTheCommandLineRule {

    final BarometerCommand command;

    BreaksTheCommandLineRule(BarometerCommand command) {
        this.command = command;
    }
}
