package org.barometer.catalogue;

import java.util.List;

import org.barometer.method.InputRules;
import org.barometer.workspace.FormProblem;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The problems of a form, looked up by field where the form shows them; and the words problems are made of. */
record Problems(List<FormProblem> all) {

    static final Problems NONE = new Problems(List.of());

    Problems {
        all = List.copyOf(all);
    }

    public List<FormProblem> of(String field) {
        return all.stream().filter(problem -> problem.field().equals(field)).toList();
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** A field's label, resolved in the page's language. */
    static MessageSourceResolvable label(String field) {
        return new DefaultMessageSourceResolvable("catalogue.field." + field);
    }

    /** Why the input rules refuse a text, resolved in the page's language. */
    static MessageSourceResolvable refusal(InputRules.Refusal refusal) {
        return new DefaultMessageSourceResolvable(new String[] {refusal.key()}, refusal.arguments(), refusal.english());
    }
}
