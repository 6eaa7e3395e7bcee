package org.barometer.importer;

/**
 * A small published issue in the shape of a PDF's extracted text: a section with stated figures, page headers
 * inside the tables, repeated table headings. The events are invented for the tests.
 */
final class PublishedText {

    static final String HEADER = "TEST BAROMETER: Monitoring of foreign policy";

    private PublishedText() {
    }

    static String valid() {
        return """
                TEST BAROMETER

                Relationship with Russia

                Aggregate index: +2
                Positive points: +3
                Negative points: -1

                Trends and narrative written by the analysts.

                Relationship with the European Union

                Aggregate index: -1
                Positive points: 0
                Negative points: -1

                Appendix 1

                Catalogue of events

                Relationship with Russia

                Date\tEvent\tScore
                3 May\tTalks on transit tariffs\t+2
                Mid-May\tA border incident is settled\t+1

                %s

                № 3 (May and June 2018)

                Date\tEvent\tScore
                14–20 June\tTrade dispute\t-1
                Total\t\t+2

                Relationship with the EU

                Date\tEvent\tScore
                May–June\tCritical statements\t-1
                Total\t\t-1

                Appendix 2

                Catalogue of security events

                Date\tEvent\tNational security\tRegional tension
                2 June\tExercise near the border\t-1\t-2
                Total\t\t-1\t-2 (Green)

                Appendix 3

                Colour scale text that the import does not read.
                """.formatted(HEADER);
    }

    /** The valid text with one line replaced. */
    static String withLine(String line, String replacement) {
        String valid = valid();
        if (!valid.contains(line)) {
            throw new IllegalArgumentException("no line " + line);
        }
        return valid.replace(line, replacement);
    }

    /** The 1-based line number of a line of the valid text. */
    static int lineOf(String line) {
        return valid().substring(0, valid().indexOf(line)).split("\n", -1).length;
    }
}
