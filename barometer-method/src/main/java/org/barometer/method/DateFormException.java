package org.barometer.method;

/** A date that none of the accepted forms reads; the message quotes it. */
public class DateFormException extends IllegalArgumentException {

    private final String written;

    public DateFormException(String written, String reason) {
        super("cannot read the date \"" + written + "\": " + reason);
        this.written = written;
    }

    public String written() {
        return written;
    }
}
