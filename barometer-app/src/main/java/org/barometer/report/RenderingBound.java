package org.barometer.report;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bounds the work of making PDFs, which takes a core for half a second or more each: at most
 * {@code barometer.pdf.renders} (2 unless set) at once, and {@code barometer.pdf.queue} (4 unless set) more waiting,
 * each for at most {@code barometer.pdf.wait} (PT20S unless set). Any more are refused at once with {@link RenderingBusy}
 * (503, "Retry-After"), so that a flood of PDF requests cannot take every core and thread from the rest of the site.
 */
@Component
class RenderingBound {

    private final Semaphore renders;
    private final int admitted;
    private final long waitMillis;
    private final AtomicInteger inside = new AtomicInteger();

    RenderingBound(@Value("${barometer.pdf.renders:2}") int renders, @Value("${barometer.pdf.queue:4}") int queue,
                   @Value("${barometer.pdf.wait:PT20S}") java.time.Duration wait) {
        if (renders < 1 || queue < 0) {
            throw new IllegalArgumentException("barometer.pdf.renders must be at least 1 and barometer.pdf.queue at least 0");
        }
        this.renders = new Semaphore(renders, true);
        this.admitted = renders + queue;
        this.waitMillis = wait.toMillis();
    }

    /** Makes something within the bound, or refuses at once when the bound and its queue are full. */
    <T> T run(Supplier<T> rendering) {
        if (inside.incrementAndGet() > admitted) {
            inside.decrementAndGet();
            throw new RenderingBusy();
        }
        try {
            if (!renders.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new RenderingBusy();
            }
            try {
                return rendering.get();
            } finally {
                renders.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderingBusy();
        } finally {
            inside.decrementAndGet();
        }
    }

    /** How many renderings are running or waiting now. */
    int inside() {
        return inside.get();
    }
}
