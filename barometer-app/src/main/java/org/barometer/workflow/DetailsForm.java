package org.barometer.workflow;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.barometer.method.ColourScale;
import org.barometer.method.Issue;
import org.barometer.method.Period;
import org.barometer.system.StrongEtag;
import org.barometer.workspace.FormProblem;

/**
 * An issue's title, period and colour scale as the editor changes them, every field as text. {@code was} names the
 * details the form was opened with, so that a change someone saved in between is not silently overwritten.
 */
record DetailsForm(String title, String first, String last, List<IssueForm.BandForm> bands, String was) {

    /** The details the form describes, or the problems that stop them. */
    record Reading(String title, Period period, ColourScale scale, List<FormProblem> problems) {
    }

    DetailsForm {
        title = title == null ? "" : title;
        first = first == null ? "" : first;
        last = last == null ? "" : last;
        bands = IssueForm.BandForm.rows(bands);
        was = was == null ? "" : was;
    }

    /** The form filled in with an issue's details as they are. */
    static DetailsForm of(Issue issue) {
        return new DetailsForm(issue.title(), issue.period().first().toString(), issue.period().last().toString(),
                issue.scale().bands().stream().map(IssueForm.BandForm::of).toList(), fingerprint(issue));
    }

    /** Names an issue's title, period and scale: equal while none of them changes. */
    static String fingerprint(Issue issue) {
        String details = issue.title() + "\n" + issue.period() + "\n" + issue.scale();
        return StrongEtag.of(details.getBytes(StandardCharsets.UTF_8));
    }

    DetailsForm withAnotherBand() {
        return new DetailsForm(title, first, last, IssueForm.with(bands, IssueForm.BandForm.BLANK), was);
    }

    DetailsForm withoutBand(int index) {
        return new DetailsForm(title, first, last, IssueForm.without(bands, index), was);
    }

    /** The same typed details, as if opened on the issue as it is now: for saving again after a conflict. */
    DetailsForm over(Issue current) {
        return new DetailsForm(title, first, last, bands, fingerprint(current));
    }

    Reading read() {
        List<FormProblem> problems = new ArrayList<>();
        IssueForm.checkTitle(title, problems);
        Period period = IssueForm.period(first, last, problems);
        ColourScale scale = IssueForm.scale(bands, problems);
        return new Reading(title.strip(), period, scale, List.copyOf(problems));
    }
}
