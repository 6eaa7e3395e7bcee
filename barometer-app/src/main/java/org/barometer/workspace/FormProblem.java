package org.barometer.workspace;

import java.util.List;

/**
 * What is wrong with a form (a refusal) or worth a second look in it (a warning), in every form of the workspace: the
 * field it is about ("" for the whole form), and a message as its bundle key and arguments; an argument may itself be
 * a message to resolve, such as a field's label.
 */
public record FormProblem(String field, String key, List<Object> args) implements java.io.Serializable {

    public FormProblem {
        args = List.copyOf(args);
    }

    public static FormProblem of(String field, String key, Object... args) {
        return new FormProblem(field, key, List.of(args));
    }

    /** The arguments as the page's message lookup takes them. */
    public Object[] arguments() {
        return args.toArray();
    }
}
