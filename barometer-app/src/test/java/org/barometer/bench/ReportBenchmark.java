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

/**
 * Warm, in-process cost of publishing No. 17 as imported from the whole text of its publication (118 events, 21
 * security events, every narrative, six authors; 35 A4 pages in English): loading it from the store, building the report
 * and its charts, and rendering the HTML page or the A4 PDF, as `barometer report` and GET /issues/17(.pdf) do, without
 * the JVM and Spring start-up. The shipped sample (its catalogues only) is rendered too, as No. 18: the publication as
 * it was measured before the import read the narrative. Run with bench/report.sh --jmh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReportBenchmark {

    /** The shipped sample: the catalogues of No. 17 without their narrative. */
    static final int CATALOGUES_ONLY = 18;

    private ConfigurableApplicationContext context;
    private IssueReports reports;
    private TeamPublications publications;

    @Setup
    public void setUp() throws java.io.IOException {
        context = BarometerApplication.start(Map.of("spring.datasource.url", "jdbc:h2:mem:report-bench;DB_CLOSE_DELAY=-1",
                "logging.level.root", "WARN"), false);
        IssueImport imports = context.getBean(IssueImport.class);
        imports.importFile(Seed.path(), IssueImport.Options.NONE);
        try (java.io.InputStream sample = new org.springframework.core.io.ClassPathResource("sample/minsk-barometer-17.json").getInputStream()) {
            imports.importText("sample", new String(sample.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                    new IssueImport.Options(CATALOGUES_ONLY, null, false, false));
        }
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

    /** The whole publication as a tagged A4 PDF (35 pages), in English. */
    @Benchmark
    public byte[] pdf() {
        return reports.render(publications.latest(17).orElseThrow(), ReportFormat.PDF, "en").content();
    }

    /** The same PDF in Russian (fixed text, dates and chart words in Russian; the English narrative tagged as English). */
    @Benchmark
    public byte[] pdfRussian() {
        return reports.render(publications.latest(17).orElseThrow(), ReportFormat.PDF, "ru").content();
    }

    /** The catalogues only (the shipped sample), as an A4 PDF in English: the publication measured before issue 11. */
    @Benchmark
    public byte[] pdfCataloguesOnly() {
        return reports.render(publications.latest(CATALOGUES_ONLY).orElseThrow(), ReportFormat.PDF, "en").content();
    }
}
