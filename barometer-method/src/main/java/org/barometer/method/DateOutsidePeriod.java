package org.barometer.method;

/** An event dated (wholly or partly) outside the period. */
public record DateOutsidePeriod(String subject, String date, String description, Period period) implements Finding {

    @Override
    public String kind() {
        return "date-outside-period";
    }

    @Override
    public String message() {
        return subject + ": \"" + date + "\" is outside the period " + period + " (" + description + ")";
    }
}
