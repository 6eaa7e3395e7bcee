package org.barometer.report;

import java.util.Locale;

import org.barometer.account.SignedIn;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * An issue on the public site, as a page and as a PDF. Readers get the latest published revision; signed-in members
 * of the team get the latest revision whatever its status, marked as a draft. To anyone else an unpublished issue
 * does not exist.
 */
@Controller
class PublicationController {

    private final IssueReports reports;

    PublicationController(IssueReports reports) {
        this.reports = reports;
    }

    @GetMapping("/issues/{number:\\d+}")
    String page(@PathVariable int number, @AuthenticationPrincipal SignedIn signedIn, Locale locale, Model model) {
        model.addAttribute("report", report(number, signedIn, locale));
        return "report/page";
    }

    @GetMapping("/issues/{number:\\d+}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable int number, @AuthenticationPrincipal SignedIn signedIn, Locale locale) {
        ReportFile pdf = reports.render(report(number, signedIn, locale), ReportFormat.PDF);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(pdf.name()).build().toString())
                .body(pdf.content());
    }

    private IssueReport report(int number, SignedIn signedIn, Locale locale) {
        Audience audience = signedIn == null ? Audience.READERS : Audience.TEAM;
        return reports.report(number, locale.getLanguage(), audience)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
