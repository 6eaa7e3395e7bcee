package org.barometer.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.barometer.BarometerApplication;
import org.barometer.Seed;
import org.barometer.importer.IssueImport;
import org.barometer.report.IssueReports;
import org.barometer.report.ReportFormat;
import org.barometer.workflow.TeamPublications;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Warm, in-process cost of publishing the sample issue No. 17 (118 events, 21 security events, 8 charts): loading it
 * from the store, building the report and its charts, and rendering the HTML page or the A4 PDF, as `barometer report`
 * and GET /issues/17(.pdf) do, without the JVM and Spring start-up. A full issue, with every narrative written, is
 * rendered too: the sample imported again as No. 18 with a foreword, trends, developments and forecasts for every
 * relationship and for security, authors and acknowledgements, made at run time from its own catalogue (about twice
 * the pages of No. 17; until the importer reads the narrative of the published text). Run with bench/report.sh --jmh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReportBenchmark {

    /** The sample again, with every narrative written. */
    static final int FULL = 18;

    private ConfigurableApplicationContext context;
    private IssueReports reports;
    private TeamPublications publications;

    @Setup
    public void setUp() {
        context = BarometerApplication.start(Map.of("spring.datasource.url", "jdbc:h2:mem:report-bench;DB_CLOSE_DELAY=-1",
                "logging.level.root", "WARN"), false);
        context.getBean(IssueImport.class).importFile(Seed.path(), IssueImport.Options.NONE);
        context.getBean(IssueImport.class).importFile(Seed.path(), new IssueImport.Options(FULL, null, false, false));
        FullIssue.writeNarratives(context.getBean(JdbcClient.class), FULL);
        reports = context.getBean(IssueReports.class);
        publications = context.getBean(TeamPublications.class);
    }

    @TearDown
    public void tearDown() {
        context.close();
    }

    /** The whole publication as an HTML page, in English. */
    @Benchmark
    public byte[] html() {
        return reports.render(publications.latest(17).orElseThrow(), ReportFormat.HTML, "en").content();
    }

    /** The whole publication as an A4 PDF (21 pages), in English. */
    @Benchmark
    public byte[] pdf() {
        return reports.render(publications.latest(17).orElseThrow(), ReportFormat.PDF, "en").content();
    }

    /** The same PDF in Russian (fixed text and chart words from the Russian bundles). */
    @Benchmark
    public byte[] pdfRussian() {
        return reports.render(publications.latest(17).orElseThrow(), ReportFormat.PDF, "ru").content();
    }

    /** The full issue (every narrative written, about twice the pages) as an A4 PDF, in English. */
    @Benchmark
    public byte[] pdfFullIssue() {
        return reports.render(publications.latest(FULL).orElseThrow(), ReportFormat.PDF, "en").content();
    }

    /** The full issue in Russian (narratives shown in English with their language tag). */
    @Benchmark
    public byte[] pdfFullIssueRussian() {
        return reports.render(publications.latest(FULL).orElseThrow(), ReportFormat.PDF, "ru").content();
    }
}
