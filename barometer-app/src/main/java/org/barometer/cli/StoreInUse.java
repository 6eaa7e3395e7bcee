package org.barometer.cli;

import java.sql.SQLException;
import java.util.concurrent.Callable;

/** The embedded store held open by another process (a running `serve`), said plainly with what to do instead. */
final class StoreInUse {

    /** H2's error when another process has the database file open. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private StoreInUse() {
    }

    static Integer refusedWith(StoreOptions store, Callable<Integer> command, String instead) throws Exception {
        try {
            return command.call();
        } catch (RuntimeException e) {
            if (openElsewhere(e)) {
                throw new UserError("the embedded store in " + store.data.toAbsolutePath().normalize()
                        + " is open in another process (a running `barometer serve`); " + instead);
            }
            throw e;
        }
    }

    private static boolean openElsewhere(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }
}
