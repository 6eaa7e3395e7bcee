package org.barometer.method;

/** The rules every event description follows, in its two languages. */
public final class Descriptions {

    private Descriptions() {
    }

    static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    static void requireOne(String english, String russian) {
        if (english.isEmpty() && russian.isEmpty()) {
            throw new IllegalArgumentException("an event needs a description in English or in Russian");
        }
    }

    /** The description to show in a language ("en" or "ru"): in that language, else in the other one. */
    public static String in(String language, String english, String russian) {
        return "ru".equals(languageIn(language, english, russian)) ? russian : english;
    }

    /** The language {@link #in} shows a description in: the one asked for, or the other when it is missing there. */
    public static String languageIn(String language, String english, String russian) {
        boolean russianAsked = "ru".equals(language);
        if (russianAsked) {
            return orEmpty(russian).isEmpty() ? "en" : "ru";
        }
        return orEmpty(english).isEmpty() ? "ru" : "en";
    }
}
