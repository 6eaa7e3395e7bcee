package org.barometer.narrative;

import java.util.List;
import java.util.Optional;

import org.barometer.account.Actor;
import org.barometer.method.Catalogue;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.NarrativeParts;

/**
 * What a narrative is about: a relationship of the issue (by its code and heading), national or regional
 * security, the security barometer as a whole, or the cover, the editor's foreword and acknowledgements. Each has its parts and its rule for who may write it.
 */
record Subject(String code, String heading, Kind kind) {

    enum Kind { COVER, FOREWORD, RELATIONSHIP, SECURITY, NATIONAL, REGIONAL, ACKNOWLEDGEMENTS }

    /** The subjects of an issue in the order the publication presents them. */
    static List<Subject> of(Issue issue) {
        List<Subject> subjects = new java.util.ArrayList<>();
        subjects.add(new Subject(NarrativeParts.COVER, "", Kind.COVER));
        subjects.add(new Subject(NarrativeParts.FOREWORD, "", Kind.FOREWORD));
        for (Catalogue catalogue : issue.catalogues()) {
            subjects.add(new Subject(catalogue.relationship().code(), catalogue.relationship().name(), Kind.RELATIONSHIP));
        }
        subjects.add(new Subject(NarrativeParts.SECURITY, "", Kind.SECURITY));
        subjects.add(new Subject(NarrativeParts.NATIONAL, "", Kind.NATIONAL));
        subjects.add(new Subject(NarrativeParts.REGIONAL, "", Kind.REGIONAL));
        subjects.add(new Subject(NarrativeParts.ACKNOWLEDGEMENTS, "", Kind.ACKNOWLEDGEMENTS));
        return List.copyOf(subjects);
    }

    static Optional<Subject> of(Issue issue, String code) {
        return of(issue).stream().filter(subject -> subject.code().equals(code)).findFirst();
    }

    List<String> parts() {
        return NarrativeParts.of(code);
    }

    /** The bundle key of the subject's label, for subjects that are not relationships. */
    public String labelKey() {
        return "narrative.subject." + code;
    }

    public boolean isRelationship() {
        return kind == Kind.RELATIONSHIP;
    }

    boolean mayEdit(Actor actor, IssueStatus status) {
        return switch (kind) {
            case COVER, FOREWORD, ACKNOWLEDGEMENTS -> actor.isEditor() && actor.mayEdit(status, code);
            case SECURITY, NATIONAL, REGIONAL -> actor.mayEdit(status, Actor.SECURITY);
            case RELATIONSHIP -> actor.mayEdit(status, code);
        };
    }

    /** Refuses, as a 403, a change this actor may not make to this subject of an issue in this status. */
    void requireEdit(Actor actor, IssueStatus status) {
        switch (kind) {
            case COVER, FOREWORD, ACKNOWLEDGEMENTS -> {
                actor.requireEditor();
                actor.requireEdit(status, code);
            }
            case SECURITY, NATIONAL, REGIONAL -> actor.requireEdit(status, Actor.SECURITY);
            case RELATIONSHIP -> actor.requireEdit(status, code);
        }
    }
}
