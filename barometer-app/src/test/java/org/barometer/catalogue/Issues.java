package org.barometer.catalogue;

import java.util.List;

import org.barometer.method.Catalogue;
import org.barometer.method.DateExpression;
import org.barometer.method.Event;
import org.barometer.method.Figure;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.Relationship;
import org.barometer.method.ScoreBound;
import org.barometer.method.SecurityCatalogue;
import org.barometer.method.SecurityEvent;
import org.barometer.method.StatedFigure;

/**
 * A small invented issue for March and April 2023: Russia (two events, aggregate +1, published as +3), the EU (one
 * event), and two security events (regional tension -3: Green).
 */
public final class Issues {

    public static final Period PERIOD = Period.of("2023-03", "2023-04");

    private Issues() {
    }

    public static Issue issue(int number, IssueStatus status) {
        Catalogue russia = new Catalogue(new Relationship("russia", "Russia"), List.of(
                new Event(date("3 March"), "Ministers agree to build a joint grain terminal", 2, "Министры договорились о зерновом терминале",
                        List.of("https://example.org/grain")),
                new Event(date("Mid-April"), "Border crossing closed for repair works", -1)));
        Catalogue eu = new Catalogue(new Relationship("eu", "the EU"), List.of(
                new Event(date("12 March"), "Visa centre reopens in the capital", 1)));
        SecurityCatalogue security = new SecurityCatalogue(List.of(
                new SecurityEvent(date("20-24 March"), "Air defence drill near the western border", -1, -2),
                new SecurityEvent(date("April"), "Patrol flights along the frontier", 0, -1)));
        return new Issue(number, PERIOD, "Invented monitoring", status, ScoreBound.DEFAULT, null, List.of(russia, eu), security,
                List.of(new StatedFigure("russia", Figure.AGGREGATE, "+3")));
    }

    public static DateExpression date(String written) {
        return DateExpression.parse(written, PERIOD);
    }
}
