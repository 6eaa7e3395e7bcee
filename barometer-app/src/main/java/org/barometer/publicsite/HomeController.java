package org.barometer.publicsite;

import java.util.List;

import org.barometer.issue.IssueStore;
import org.barometer.method.Catalogue;
import org.barometer.method.Issue;
import org.barometer.method.RelationsIndex;
import org.barometer.method.SecurityIndices;
import org.barometer.method.StatedFigureMismatch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import static org.barometer.method.Scores.signed;

/** The home page: the latest published issue's indices. */
@Controller
class HomeController {

    private final IssueStore issues;

    HomeController(IssueStore issues) {
        this.issues = issues;
    }

    /** One relationship's row, figures written as the publication writes them. */
    record IndexRow(String relationship, int events, String aggregate, String positive, String negative) {
        static IndexRow of(Catalogue catalogue) {
            RelationsIndex index = catalogue.index();
            return new IndexRow(catalogue.relationship().name(), catalogue.events().size(),
                    signed(index.aggregate()), signed(index.positive()), signed(index.negative()));
        }
    }

    record SecurityRow(int events, String national, String regional, String level, String meaning) {
        static SecurityRow of(Issue issue) {
            SecurityIndices indices = issue.securityIndices();
            return new SecurityRow(issue.security().events().size(), signed(indices.national()), signed(indices.regional()),
                    indices.level().colour(), indices.level().meaning());
        }
    }

    @GetMapping("/")
    String home(Model model) {
        issues.latestPublished().ifPresent(issue -> {
            model.addAttribute("issue", issue);
            model.addAttribute("rows", issue.catalogues().stream().map(IndexRow::of).toList());
            model.addAttribute("security", SecurityRow.of(issue));
            model.addAttribute("mismatches", mismatches(issue));
        });
        return "home";
    }

    private static List<StatedFigureMismatch> mismatches(Issue issue) {
        return issue.findings().stream()
                .filter(StatedFigureMismatch.class::isInstance)
                .map(StatedFigureMismatch.class::cast)
                .toList();
    }
}
