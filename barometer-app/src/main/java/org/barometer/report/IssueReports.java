package org.barometer.report;

import java.nio.charset.StandardCharsets;
import java.util.Map;

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
    private final MeterRegistry meters;

    IssueReports(ReportAssembly assembly, ITemplateEngine templates, MeterRegistry meters) {
        this.assembly = assembly;
        this.templates = templates;
        this.meters = meters;
    }

    /** The report a page shows, in the language asked for ("en" or "ru"). */
    public IssueReport report(Publication publication, String language) {
        return assembly.assemble(publication, language);
    }

    public ReportFile render(Publication publication, ReportFormat format, String language) {
        return render(report(publication, language), format);
    }

    ReportFile render(IssueReport report, ReportFormat format) {
        Timer.Sample rendering = Timer.start(meters);
        byte[] content = format == ReportFormat.PDF
                ? PdfRendering.render(document(report, true))
                : document(report, false).getBytes(StandardCharsets.UTF_8);
        rendering.stop(Timer.builder("barometer.report.render").description("Time to render a publication file")
                .tag("format", format.extension()).tag("language", report.language()).register(meters));
        return new ReportFile(report.fileStem() + "." + format.extension(), format, content, report.number(), report.revision(), report.draft());
    }

    /** The whole publication as one HTML document; for the PDF it carries the page rules only the PDF renderer reads. */
    String document(IssueReport report, boolean pdf) {
        Context context = new Context(ReportWords.locale(report.language()), Map.of("report", report, "pdf", pdf));
        return templates.process("report/document", context);
    }
}
