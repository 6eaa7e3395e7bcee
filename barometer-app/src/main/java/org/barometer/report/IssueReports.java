package org.barometer.report;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.barometer.publicdata.Edition;
import org.barometer.publicdata.PublishedData;
import org.springframework.util.function.SingletonSupplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The publication of an issue as a web page, an HTML file or an A4 PDF, in English or Russian: one report, two
 * renderings of the same data and the same template. It reads nothing: what it shows is given to it.
 */
@Service
public class IssueReports {

    private final ReportAssembly assembly;
    private final ITemplateEngine templates;
    private final RenderingBound bound;
    private final MeterRegistry meters;
    private final PublishedData published;

    IssueReports(ReportAssembly assembly, ITemplateEngine templates, RenderingBound bound, MeterRegistry meters, PublishedData published) {
        this.published = published;
        this.assembly = assembly;
        this.templates = templates;
        this.bound = bound;
        this.meters = meters;
    }

    /** The report a page shows, in the language asked for ("en" or "ru"). */
    public IssueReport report(Publication publication, String language) {
        return assembly.assemble(publication, language);
    }

    public ReportFile render(Publication publication, ReportFormat format, String language) {
        return render(report(publication, language), format);
    }

    /**
     * A published issue's PDF for readers, kept on the edition: made once per edition, issue and language ("en" or
     * "ru"), however often and however many at once ask for it; empty if the issue is not published.
     */
    public Optional<ReportFile> publishedPdf(Edition edition, int number, String language) {
        String lang = ReportWords.language(language);
        return edition.revision(number).map(revision -> edition.<Supplier<ReportFile>>made("pdf:" + number + ":" + lang,
                () -> SingletonSupplier.of(() -> render(Publication.of(revision, edition, published.forecasts(edition)), ReportFormat.PDF, lang))).get());
    }

    /** Renders a report; a PDF within the bound on renderings, or {@link RenderingBusy} when it is full. */
    ReportFile render(IssueReport report, ReportFormat format) {
        byte[] content = format == ReportFormat.PDF
                ? bound.run(() -> timed(report, format, () -> PdfRendering.render(document(report, true))))
                : timed(report, format, () -> document(report, false).getBytes(StandardCharsets.UTF_8));
        return new ReportFile(report.fileStem() + "." + format.extension(), format, content, report.number(), report.revision(), report.draft());
    }

    /** The rendering itself, timed (not the wait for a place among the bounded renderings). */
    private byte[] timed(IssueReport report, ReportFormat format, Supplier<byte[]> rendering) {
        return Timer.builder("barometer.report.render").description("Time to render a publication file")
                .tag("format", format.extension()).tag("language", report.language()).register(meters)
                .record(rendering);
    }

    /** The whole publication as one HTML document; for the PDF it carries the page rules only the PDF renderer reads. */
    String document(IssueReport report, boolean pdf) {
        Context context = new Context(ReportWords.locale(report.language()), Map.of("report", report, "pdf", pdf));
        return templates.process("report/document", context);
    }
}
