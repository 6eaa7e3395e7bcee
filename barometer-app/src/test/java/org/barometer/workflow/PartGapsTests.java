package org.barometer.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.barometer.catalogue.Issues;
import org.barometer.method.Catalogue;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.NarrativeParts;
import org.barometer.method.SecurityCatalogue;
import org.barometer.narrative.IssueNarrative;
import org.barometer.narrative.NarrativeText;
import org.barometer.workspace.FormProblem;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

/** What each part of an issue still lacks: events in its catalogue, and each narrative text in English, in Russian or in both. */
class PartGapsTests {

    @Test
    void namesAnEmptyCatalogueAndEveryTextNotWrittenByPartAndLanguage() {
        Issue full = Issues.issue(5, IssueStatus.DRAFT);
        Issue issue = new Issue(5, full.period(), full.title(), IssueStatus.DRAFT, full.bound(), full.scale(),
                List.of(new Catalogue(full.catalogues().get(0).relationship(), List.of()), full.catalogues().get(1)),
                new SecurityCatalogue(List.of()), List.of());
        IssueNarrative texts = new IssueNarrative(5, 1, List.of(new NarrativeText("eu", "trends", "en", "1. Talks", 1),
                new NarrativeText("national", "forecast", "ru", "Спокойно", 1)));

        Map<String, List<FormProblem>> gaps = PartGaps.of(issue, texts);

        assertThat(gaps).containsOnlyKeys("russia", "eu", "security", "foreword");
        assertThat(said(gaps.get("russia"))).containsExactly("readiness.missing.catalogue", "readiness.missing.text trends any",
                "readiness.missing.text developments any", "readiness.missing.text forecast any");
        assertThat(said(gaps.get("eu"))).containsExactly("readiness.missing.text trends ru", "readiness.missing.text developments any",
                "readiness.missing.text forecast any");
        assertThat(said(gaps.get("security"))).containsExactly("readiness.missing.security-catalogue",
                "readiness.missing.subject-text security trends any", "readiness.missing.subject-text security forecast any",
                "readiness.missing.subject-text national trends any", "readiness.missing.subject-text national developments any",
                "readiness.missing.subject-text national forecast en", "readiness.missing.subject-text regional trends any",
                "readiness.missing.subject-text regional developments any", "readiness.missing.subject-text regional forecast any");
        assertThat(said(gaps.get("foreword"))).containsExactly("readiness.missing.subject-text foreword text any",
                "readiness.missing.subject-text foreword signature any", "readiness.missing.subject-text acknowledgements thanks any");
    }

    @Test
    void aPartWithEventsAndEveryTextInBothLanguagesLacksNothing() {
        Issue issue = Issues.issue(5, IssueStatus.DRAFT);
        List<NarrativeText> texts = new ArrayList<>();
        for (String part : NarrativeParts.SECTION_PARTS) {
            for (String language : NarrativeParts.LANGUAGES) {
                texts.add(new NarrativeText("russia", part, language, "Written", 1));
            }
        }

        assertThat(PartGaps.of(issue, new IssueNarrative(5, 1, texts)).get("russia")).isEmpty();
    }

    /** Each gap as its key and the last word of each argument's key: "readiness.missing.text trends ru" (Russian missing). */
    private static List<String> said(List<FormProblem> gaps) {
        return gaps.stream().map(gap -> gap.key() + gap.args().stream().map(arg -> ((MessageSourceResolvable) arg).getCodes()[0])
                .map(code -> " " + code.substring(code.lastIndexOf('.') + 1)).reduce("", String::concat)).toList();
    }
}
