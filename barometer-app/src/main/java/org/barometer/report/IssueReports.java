package org.barometer.report;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The publication of an issue as a web page, an HTML file or an A4 PDF, in English or Russian: one report, two
 * renderings of the same data and the same template.
 */
@Service
public class IssueReports {

    private final ReportAssembly assembly;
    private final ITemplateEngine templates;

    IssueReports(ReportAssembly assembly, ITemplateEngine templates) {
        this.assembly = assembly;
        this.templates = templates;
    }

    /** The issue as this audience may read it, in the language asked for ("en" or "ru"); empty if there is none. */
    public Optional<ReportFile> render(int number, ReportFormat format, String language, Audience audience) {
        return report(number, language, audience).map(report -> render(report, format));
    }

    Optional<IssueReport> report(int number, String language, Audience audience) {
        return assembly.assemble(number, audience, language);
    }

    ReportFile render(IssueReport report, ReportFormat format) {
        byte[] content = format == ReportFormat.PDF
                ? PdfRendering.render(document(report, true))
                : document(report, false).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new ReportFile(report.fileStem() + "." + format.extension(), format, content, report.number(), report.revision(), report.draft());
    }

    /** The whole publication as one HTML document; for the PDF it carries the page rules only the PDF renderer reads. */
    String document(IssueReport report, boolean pdf) {
        Context context = new Context(ReportWords.locale(report.language()), Map.of("report", report, "pdf", pdf));
        return templates.process("report/document", context);
    }
}
