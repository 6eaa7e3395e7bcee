package org.barometer.method;

/** A figure the issue published that its own catalogue does not add up to. */
public record StatedFigureMismatch(String subject, String name, Figure figure, String stated, String computed) implements Finding {

    @Override
    public String kind() {
        return "mismatch";
    }

    @Override
    public String message() {
        return name + ": " + figure.key() + " stated " + stated + ", catalogue gives " + computed;
    }
}
