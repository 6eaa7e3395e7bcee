package org.barometer.publicsite;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.barometer.publicdata.Edition;
import org.barometer.publicdata.PublishedData;
import org.barometer.publicdata.PublishedIssue;
import org.barometer.report.IssueReports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes readers' PDFs of what was just published before readers ask: on a publication day the PDF is asked for by
 * many at once while every page is being made anew, and a first rendering then shares the processor with all of them
 * (under 200 readers on two cores it took over 30 s). One background thread looks at the published edition every
 * second and renders, in English and Russian, each issue whose published revision is new (at start, the latest
 * issue); the PDFs are kept on the edition as a reader's request would keep them. {@code barometer.pdf.warm-up=false}
 * turns it off.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "barometer.pdf.warm-up", havingValue = "true", matchIfMissing = true)
class PdfWarmUp implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PdfWarmUp.class);
    private static final List<String> LANGUAGES = List.of("en", "ru");

    private final PublishedData published;
    private final IssueReports reports;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "pdf-warm-up");
        thread.setDaemon(true);
        return thread;
    });
    /** The key of each issue's published revision whose PDFs were made; null before the first round. */
    private Map<Integer, String> warmed;

    PdfWarmUp(PublishedData published, IssueReports reports) {
        this.published = published;
        this.reports = reports;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        worker.scheduleWithFixedDelay(this::warm, 0, 1, TimeUnit.SECONDS);
    }

    void warm() {
        if (worker.isShutdown()) {
            return;
        }
        try {
            Edition edition = published.edition();
            Map<Integer, String> now = edition.issues().stream()
                    .collect(Collectors.toMap(PublishedIssue::number, issue -> edition.key(issue.number())));
            List<Integer> fresh = warmed == null
                    ? edition.latest().map(issue -> List.of(issue.number())).orElse(List.of())
                    : now.keySet().stream().filter(number -> !now.get(number).equals(warmed.get(number))).sorted().toList();
            for (int number : fresh) {
                for (String language : LANGUAGES) {
                    reports.publishedPdf(edition, number, language);
                }
            }
            warmed = now;
        } catch (RuntimeException e) {
            // the store out of reach, the renderings full: the next round tries again
            log.debug("PDFs not made ahead this round: {}", e.toString());
        }
    }

    /** Stops before the application's beans go (its messages, its store), not after; a child context closing is not it. */
    @EventListener
    void stop(ContextClosedEvent closed) {
        if (closed.getApplicationContext().getParent() == null) {
            worker.shutdownNow();
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
