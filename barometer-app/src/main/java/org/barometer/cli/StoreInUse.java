package org.barometer.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.Callable;

/** The embedded store held open by another process (a running `serve`), said plainly with what to do instead. */
final class StoreInUse {

    private StoreInUse() {
    }

    /**
     * Runs the command unless its embedded store is open in another process: that is refused, saying what to do
     * {@code instead}, before the application starts (so no start-up failure is logged).
     */
    static Integer refusedWith(StoreOptions store, Callable<Integer> command, String instead) throws Exception {
        if ((store.dbUrl == null || store.dbUrl.isBlank()) && openElsewhere(store)) {
            throw refusal(store, instead);
        }
        try {
            return command.call();
        } catch (RuntimeException e) {
            if (EmbeddedStore.inUse(e)) {
                throw refusal(store, instead);
            }
            throw e;
        }
    }

    /** Whether another process holds the store's file: opened for a moment as a single process would, if it exists. */
    private static boolean openElsewhere(StoreOptions store) {
        EmbeddedStore embedded = new EmbeddedStore(store.data);
        if (!java.nio.file.Files.exists(embedded.passwordFile())) {
            return false; // a store never opened, or one from before passwords: whoever holds it, the start says so
        }
        try (Connection connection = DriverManager.getConnection(embedded.url() + ";IFEXISTS=TRUE", EmbeddedStore.USER,
                embedded.prepare())) {
            return false;
        } catch (SQLException e) {
            return EmbeddedStore.inUse(e);
        }
    }

    private static UserError refusal(StoreOptions store, String instead) {
        return new UserError("the embedded store in " + store.data.toAbsolutePath().normalize()
                + " is open in another process (a running `barometer serve`); " + instead);
    }
}
