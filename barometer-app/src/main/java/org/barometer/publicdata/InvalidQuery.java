package org.barometer.publicdata;

/** A search or request parameter that cannot be used, named, with what is wrong with it in words a reader understands. */
public class InvalidQuery extends RuntimeException {

    private final String parameter;

    public InvalidQuery(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
