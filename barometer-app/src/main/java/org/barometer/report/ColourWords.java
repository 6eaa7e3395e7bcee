package org.barometer.report;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The colours of regional tension in the reader's language, from the one bundle that names them (i18n/colours): the
 * method's five colours, and in Russian what each means on the method's scale. A colour the bundle does not know is
 * written as the scale names it.
 */
final class ColourWords {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ColourWords() {
    }

    /** The colour's name in this language; as the scale names it when the bundle does not know it. */
    static String name(String colour, Locale locale) {
        return word("colour." + key(colour), locale).orElse(colour);
    }

    /** What the method's scale says the colour means, in this language, where the bundle has it. */
    static Optional<String> meaning(String colour, Locale locale) {
        return word("colour.meaning." + key(colour), locale);
    }

    /** The colour in lower case: its key in the bundle and its class on a page. */
    static String key(String colour) {
        return colour.strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<String> word(String key, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/colours", locale, NO_FALLBACK);
        return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }
}
