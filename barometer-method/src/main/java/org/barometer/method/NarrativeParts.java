package org.barometer.method;

import java.util.List;
import java.util.Set;

/**
 * What an issue says in words besides its catalogues, and where: the cover (the title in a language other than the
 * issue's own, and the publisher), the editor's foreword (its text and signature), each relationship's section (trends,
 * developments, forecast), the security barometer (its trends and forecast, with national and regional security each
 * having trends, developments and forecast of their own), and the acknowledgements. A section is named by its
 * relationship's code or one of the names here, each in English and Russian.
 */
public final class NarrativeParts {

    public static final String COVER = "cover";
    public static final String FOREWORD = "foreword";
    /** The security barometer as a whole: the same name as the security catalogue's stated figures. */
    public static final String SECURITY = StatedFigure.SECURITY;
    public static final String NATIONAL = "national";
    public static final String REGIONAL = "regional";
    public static final String ACKNOWLEDGEMENTS = "acknowledgements";

    /** The parts of a relationship's section and of national and regional security, in the order they are shown. */
    public static final List<String> SECTION_PARTS = List.of("trends", "developments", "forecast");
    public static final List<String> COVER_PARTS = List.of("title", "publisher");
    public static final List<String> SECURITY_PARTS = List.of("trends", "forecast");
    public static final List<String> FOREWORD_PARTS = List.of("text", "signature");
    public static final List<String> ACKNOWLEDGEMENTS_PARTS = List.of("thanks");
    public static final List<String> LANGUAGES = List.of("en", "ru");

    /** Names a relationship's code may not take, because a section or the security catalogue goes by it. */
    public static final Set<String> RESERVED = Set.of(COVER, FOREWORD, SECURITY, NATIONAL, REGIONAL, ACKNOWLEDGEMENTS);

    private NarrativeParts() {
    }

    /** The parts a section has. */
    public static List<String> of(String section) {
        return switch (section) {
            case COVER -> COVER_PARTS;
            case FOREWORD -> FOREWORD_PARTS;
            case SECURITY -> SECURITY_PARTS;
            case ACKNOWLEDGEMENTS -> ACKNOWLEDGEMENTS_PARTS;
            default -> SECTION_PARTS;
        };
    }
}
