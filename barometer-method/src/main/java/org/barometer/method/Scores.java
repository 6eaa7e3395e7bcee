package org.barometer.method;

import java.util.regex.Pattern;

/** Scores and index figures as publications write them: "+2", "-1", "0". */
public final class Scores {

    private static final Pattern SIGNED = Pattern.compile("[+\\-\u2212\u2013]?\\d{1,6}");

    private Scores() {
    }

    public static String signed(int value) {
        return value > 0 ? "+" + value : Integer.toString(value);
    }

    /** Reads "+2", "-1", "−1" (minus sign) or "0"; anything else is refused with the text quoted. */
    public static int parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (!SIGNED.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("\"" + trimmed + "\" is not a whole-number score");
        }
        char sign = trimmed.charAt(0);
        boolean negative = sign == '-' || sign == '\u2212' || sign == '\u2013';
        String digits = Character.isDigit(sign) ? trimmed : trimmed.substring(1);
        int value = Integer.parseInt(digits);
        return negative ? -value : value;
    }

    public static boolean isScore(String text) {
        return text != null && SIGNED.matcher(text.strip()).matches();
    }
}
