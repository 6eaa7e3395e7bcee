package org.barometer.workflow;

import org.barometer.account.SignedIn;
import org.barometer.issue.Authors;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.narrative.NarrativeTexts;
import org.barometer.reliability.Blindness;
import org.barometer.report.IssueWorkbook;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The latest revision of an issue, whatever its status, as an .xlsx workbook for the signed-in team. */
@Controller
class IssueWorkbookController {

    private final IssueStore issues;
    private final Revisions revisions;
    private final NarrativeTexts narrative;
    private final Authors authors;
    private final Blindness blindness;

    IssueWorkbookController(IssueStore issues, Revisions revisions, NarrativeTexts narrative, Authors authors, Blindness blindness) {
        this.blindness = blindness;
        this.issues = issues;
        this.revisions = revisions;
        this.narrative = narrative;
        this.authors = authors;
    }

    @GetMapping("/workspace/issues/{number:\\d+}.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable int number, @AuthenticationPrincipal SignedIn signedIn) {
        IssueRef ref = revisions.ref(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // every catalogue with its scores: not for a second coder still scoring one of them blind
        blindness.requireSighted(signedIn.actor(), ref);
        return IssueWorkbook.download(issues.find(ref.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)),
                narrative.of(ref.id()), authors.of(ref.id()), narrative.forecasts(ref.id()),
                "barometer-" + number + "-revision-" + ref.revision() + ".xlsx");
    }
}
