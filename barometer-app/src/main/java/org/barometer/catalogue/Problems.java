package org.barometer.catalogue;

import java.util.List;

/** The problems of a form, looked up by field where the form shows them. */
record Problems(List<Problem> all) {

    static final Problems NONE = new Problems(List.of());

    Problems {
        all = List.copyOf(all);
    }

    public List<Problem> of(String field) {
        return all.stream().filter(problem -> problem.field().equals(field)).toList();
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }
}
