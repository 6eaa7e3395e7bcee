package org.barometer.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.barometer.method.Catalogue;
import org.barometer.method.Issue;
import org.barometer.method.NarrativeParts;
import org.barometer.narrative.IssueNarrative;
import org.barometer.readiness.Readiness;
import org.barometer.workspace.FormProblem;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What each part of an issue still lacks, by part code: an empty catalogue, a narrative text not written in English or
 * Russian. The cover is left out: its title in the other language and its publisher are optional.
 */
final class PartGaps {

    private PartGaps() {
    }

    static Map<String, List<FormProblem>> of(Issue issue, IssueNarrative texts) {
        Map<String, List<FormProblem>> gaps = new LinkedHashMap<>();
        for (String part : Readiness.partsOf(issue)) {
            gaps.put(part, new ArrayList<>());
        }
        for (Catalogue catalogue : issue.catalogues()) {
            String code = catalogue.relationship().code();
            if (catalogue.events().isEmpty()) {
                gaps.get(code).add(FormProblem.of(code, "readiness.missing.catalogue"));
            }
            unwritten(gaps.get(code), texts, code, code, false);
        }
        List<FormProblem> security = gaps.get(NarrativeParts.SECURITY);
        if (issue.security().events().isEmpty()) {
            security.add(FormProblem.of(NarrativeParts.SECURITY, "readiness.missing.security-catalogue"));
        }
        for (String subject : List.of(NarrativeParts.SECURITY, NarrativeParts.NATIONAL, NarrativeParts.REGIONAL)) {
            unwritten(security, texts, NarrativeParts.SECURITY, subject, true);
        }
        for (String subject : List.of(NarrativeParts.FOREWORD, NarrativeParts.ACKNOWLEDGEMENTS)) {
            unwritten(gaps.get(NarrativeParts.FOREWORD), texts, NarrativeParts.FOREWORD, subject, true);
        }
        return gaps;
    }

    /**
     * Each part of the subject's narrative not written in a language, one line a part naming the languages it lacks;
     * named adds the subject, for a part of the issue with several.
     */
    private static void unwritten(List<FormProblem> into, IssueNarrative texts, String part, String subject, boolean named) {
        for (String section : NarrativeParts.of(subject)) {
            List<String> lacking = NarrativeParts.LANGUAGES.stream().filter(language -> texts.markdown(subject, section, language).isBlank()).toList();
            if (lacking.isEmpty()) {
                continue;
            }
            DefaultMessageSourceResolvable in = said("readiness.in." + (lacking.size() == 1 ? lacking.get(0) : "any"));
            into.add(named
                    ? FormProblem.of(part, "readiness.missing.subject-text", said("narrative.subject." + subject), said("narrative.part." + section), in)
                    : FormProblem.of(part, "readiness.missing.text", said("narrative.part." + section), in));
        }
    }

    private static DefaultMessageSourceResolvable said(String key) {
        return new DefaultMessageSourceResolvable(key);
    }
}
