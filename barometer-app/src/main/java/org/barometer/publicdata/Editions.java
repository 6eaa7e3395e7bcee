package org.barometer.publicdata;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import org.barometer.issue.IssueChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the current {@link Edition} in memory, and the published revisions it is made of, so readers' requests need no
 * query. A change made by this process ({@link IssueChanged}) drops the edition once its transaction commits; a change
 * made by another process on the same PostgreSQL (a command run beside the server, a second server) is seen
 * within {@code barometer.published.recheck} (one second unless set), when the edition is read again: by one reader,
 * while the others are served the edition already read, so that a busy server does not ask the store once per
 * request in flight at that moment. Inside a
 * transaction that writes, nothing is kept: it reads its own writes, which may yet be rolled back. While the store
 * cannot be read, readers get the edition last read.
 */
@Component
class Editions {

    private static final Logger log = LoggerFactory.getLogger(Editions.class);

    private record Loaded(Edition edition, long at) {
    }

    private final long recheckNanos;
    private final AtomicLong changes = new AtomicLong();
    private volatile Loaded loaded;
    /** While the store cannot be reached, readers get the edition last read, and one reader at a time tries again. */
    private volatile boolean unreachable;
    private final AtomicBoolean rechecking = new AtomicBoolean();
    /** The edition last read, kept while it is current so that what was made from it is not made again. */
    private volatile Edition last;
    /** Revisions by stored row: a published row never changes, so an entry is right for as long as the row is published. */
    private final Map<Long, PublishedRevision> revisions = new ConcurrentHashMap<>();

    Editions(@Value("${barometer.published.recheck:PT1S}") Duration recheck) {
        this.recheckNanos = recheck.toNanos();
    }

    /** The edition readers see now; load reads it from the store, told whether what is made from it may be kept. */
    Edition current(Function<Boolean, Edition> load) {
        if (writing()) {
            return load.apply(false);
        }
        Loaded now = loaded;
        if (now != null && System.nanoTime() - now.at() < recheckNanos) {
            return now.edition();
        }
        Edition kept = last;
        boolean mine = rechecking.compareAndSet(false, true);
        // Another reader is reading the store again: until it has, the kept edition is served, when the store could not
        // be read or when this is the timed recheck. After a change made here (loaded dropped), every reader reads.
        if (!mine && kept != null && (unreachable || now != null)) {
            return kept;
        }
        try {
            Edition fresh = load(load);
            unreachable = false;
            return fresh;
        } catch (DataAccessException | TransactionException e) {
            if (kept == null) {
                throw e;
            }
            if (!unreachable) {
                log.warn("The store cannot be read ({}); readers get the published issues as last read", e.getMessage());
            }
            unreachable = true;
            return kept;
        } finally {
            if (mine) {
                rechecking.set(false);
            }
        }
    }

    private Edition load(Function<Boolean, Edition> load) {
        long changesBefore = changes.get();
        Edition loadedNow = load.apply(true);
        Edition fresh;
        // readers that load at the same moment agree on one edition, so that what is made from it is made once
        synchronized (this) {
            Edition before = last;
            if (before != null && before.key().equals(loadedNow.key())) {
                fresh = before;
            } else {
                revisions.keySet().retainAll(loadedNow.rows().values());
                last = loadedNow;
                fresh = loadedNow;
            }
        }
        // A change that committed while this was loading may not be in it: leave it for the next reader to load.
        if (changes.get() == changesBefore) {
            loaded = new Loaded(fresh, System.nanoTime());
        }
        return fresh;
    }

    /** A published revision by its stored row, read once while it stays published. */
    PublishedRevision revision(long row, Supplier<PublishedRevision> load) {
        if (writing()) {
            return load.get();
        }
        PublishedRevision known = revisions.get(row);
        if (known != null) {
            return known;
        }
        PublishedRevision read = load.get();
        revisions.putIfAbsent(row, read);
        return read;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(IssueChanged change) {
        changes.incrementAndGet();
        loaded = null;
    }

    private static boolean writing() {
        return TransactionSynchronizationManager.isActualTransactionActive() && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }
}
