package org.barometer.cli;

/** A request the command refuses, said plainly to the user without a stack trace. */
final class UserError extends RuntimeException {

    UserError(String message) {
        super(message);
    }
}
