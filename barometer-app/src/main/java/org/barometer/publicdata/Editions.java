package org.barometer.publicdata;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.barometer.issue.IssueStore;
import org.barometer.method.Issue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the current {@link Edition} and the content of its revisions in memory, so readers' requests need no query.
 * A change made by this process ({@link IssueStore.Changed}) drops the edition once its transaction commits; a change
 * made by another process on the same store (a command run beside the server, a second server on PostgreSQL) is
 * seen within {@code barometer.published.recheck} (one second unless set), when the edition is read again.
 * Inside a transaction that writes, nothing is cached: it reads its own writes, which may yet be rolled back.
 */
@Component
class Editions {

    private record Loaded(Edition edition, long at) {
    }

    private final long recheckNanos;
    private final AtomicLong changes = new AtomicLong();
    private volatile Loaded loaded;
    /** Content by stored row: a published row never changes, so an entry is right for as long as the row is published. */
    private final Map<Long, Issue> contents = new ConcurrentHashMap<>();

    Editions(@Value("${barometer.published.recheck:PT1S}") Duration recheck) {
        this.recheckNanos = recheck.toNanos();
    }

    Edition current(Supplier<Edition> load) {
        if (writing()) {
            return load.get();
        }
        Loaded now = loaded;
        if (now != null && System.nanoTime() - now.at() < recheckNanos) {
            return now.edition();
        }
        long changesBefore = changes.get();
        Edition fresh = load.get();
        if (now == null || !now.edition().equals(fresh)) {
            contents.keySet().retainAll(fresh.rows().values());
        }
        // A change that committed while this was loading may not be in it: leave it for the next reader to load.
        if (changes.get() == changesBefore) {
            loaded = new Loaded(fresh, System.nanoTime());
        }
        return fresh;
    }

    Issue content(long row, Supplier<Issue> load) {
        if (writing()) {
            return load.get();
        }
        Issue known = contents.get(row);
        if (known != null) {
            return known;
        }
        Issue read = load.get();
        contents.putIfAbsent(row, read);
        return read;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(IssueStore.Changed change) {
        changes.incrementAndGet();
        loaded = null;
    }

    private static boolean writing() {
        return TransactionSynchronizationManager.isActualTransactionActive() && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }
}
