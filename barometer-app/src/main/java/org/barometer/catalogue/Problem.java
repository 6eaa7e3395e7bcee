package org.barometer.catalogue;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Something wrong with (a refusal) or worth a second look in (a warning) a form field, as a message key and its
 * arguments; an argument may itself be a message to resolve, such as a field's label.
 */
record Problem(String field, String key, List<Object> args) {

    Problem {
        args = List.copyOf(args);
    }

    static Problem of(String field, String key, Object... args) {
        return new Problem(field, key, List.of(args));
    }

    /** A field's label, resolved in the page's language. */
    static MessageSourceResolvable label(String field) {
        return new DefaultMessageSourceResolvable("catalogue.field." + field);
    }

    /** A stated figure's name ("aggregate", "level"...), resolved in the page's language. */
    static MessageSourceResolvable figure(String key) {
        return new DefaultMessageSourceResolvable("catalogue.figure." + key);
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
