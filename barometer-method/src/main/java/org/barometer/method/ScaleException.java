package org.barometer.method;

/** A colour scale that does not give every integer total exactly one colour. */
public class ScaleException extends IllegalArgumentException {

    public ScaleException(String message) {
        super(message);
    }
}
