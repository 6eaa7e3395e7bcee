package org.barometer.method;

/** (probability − outcome)², outcome 1 for true and 0 for false: 0 is a sure forecast that came true, lower is better. */
public record BrierScore(double value) {

    /** What always saying 50% earns, whatever happens: the reference a track record is read against. */
    public static final double ALWAYS_HALF = 0.25;

    public BrierScore {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("a Brier score is from 0 to 1, not " + value);
        }
    }

    public static BrierScore of(double probability, boolean cameTrue) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("a probability is from 0 to 1, not " + probability);
        }
        // in decimals, as the probability was written: 1 − 0.7 is 0.3 and its square 0.09, not 0.09000000000000002
        java.math.BigDecimal miss = java.math.BigDecimal.valueOf(probability).subtract(cameTrue ? java.math.BigDecimal.ONE : java.math.BigDecimal.ZERO);
        return new BrierScore(miss.multiply(miss).doubleValue());
    }
}
