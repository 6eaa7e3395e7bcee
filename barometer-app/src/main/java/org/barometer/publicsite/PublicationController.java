package org.barometer.publicsite;

import java.util.Locale;
import java.util.Optional;

import org.barometer.account.SignedIn;
import org.barometer.publicdata.Edition;
import org.barometer.publicdata.PublishedData;
import org.barometer.publicdata.PublishedRevision;
import org.barometer.report.IssueReports;
import org.barometer.report.IssueWorkbook;
import org.barometer.report.Publication;
import org.barometer.report.ReportFormat;
import org.barometer.report.TeamView;
import org.barometer.system.SameForEveryReader;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * An issue on the public site, as a page, as a PDF and as a workbook (published revisions only): readers get its latest published revision, from the published
 * data only; signed-in members of the team get its latest revision whatever its status, marked as a draft (not a
 * reviewer, who reads what readers read). To anyone else an unpublished issue does not exist.
 */
@Controller
class PublicationController {

    private final PublishedData published;
    private final TeamView team;
    private final IssueReports reports;

    PublicationController(PublishedData published, TeamView team, IssueReports reports) {
        this.published = published;
        this.team = team;
        this.reports = reports;
    }

    @GetMapping("/issues/{number:\\d+}")
    @SameForEveryReader
    String page(@PathVariable int number, @AuthenticationPrincipal SignedIn signedIn, Locale locale, Model model) {
        model.addAttribute("report", reports.report(publication(number, signedIn), locale.getLanguage()));
        return "report/page";
    }

    @GetMapping("/issues/{number:\\d+}.pdf")
    @SameForEveryReader
    ResponseEntity<byte[]> pdf(@PathVariable int number, @AuthenticationPrincipal SignedIn signedIn, Locale locale) {
        if (signedIn == null || !signedIn.actor().readsDrafts()) {
            // readers' PDFs are kept per edition, issue and language, whatever the query string
            return reports.publishedPdf(published.edition(), number, locale.getLanguage())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).answer();
        }
        return reports.render(publication(number, signedIn), ReportFormat.PDF, locale.getLanguage()).answer();
    }

    /** The latest published revision as a workbook, whoever asks: drafts and revisions in review are the workspace's. */
    @GetMapping("/issues/{number:\\d+}.xlsx")
    @SameForEveryReader
    ResponseEntity<byte[]> workbook(@PathVariable int number) {
        Edition edition = published.edition();
        PublishedRevision revision = edition.revision(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return IssueWorkbook.download(revision, published.forecasts(edition).madeIn(number));
    }

    private Publication publication(int number, SignedIn signedIn) {
        Optional<Publication> publication;
        if (signedIn != null && signedIn.actor().readsDrafts()) {
            publication = team.latest(number, signedIn.actor());
        } else {
            Edition edition = published.edition();
            publication = edition.revision(number).map(revision -> Publication.of(revision, edition, published.forecasts(edition)));
        }
        return publication.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
