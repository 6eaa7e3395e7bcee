package org.barometer.method;

/** The rules every event description follows, in its two languages. */
final class Descriptions {

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

    static String in(String language, String english, String russian) {
        if ("ru".equals(language)) {
            return russian.isEmpty() ? english : russian;
        }
        return english.isEmpty() ? russian : english;
    }
}
