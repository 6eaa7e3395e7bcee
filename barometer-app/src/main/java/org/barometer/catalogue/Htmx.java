package org.barometer.catalogue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Pages that work with and without JavaScript: htmx asks for the part of the page that changed (and says so in a
 * header); a plain browser gets the whole page, or a redirect back to it after a change.
 */
final class Htmx {

    /** Where htmx puts the catalogue part of a page; every change answers with a new one. */
    static final String CATALOGUE = "#catalogue";

    private Htmx() {
    }

    static boolean asked(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /** Sends the answer to the catalogue part, whatever element asked; also for refusals and conflicts. */
    static void intoCatalogue(HttpServletResponse response) {
        response.setHeader("HX-Retarget", CATALOGUE);
        response.setHeader("HX-Reswap", "outerHTML");
    }
}
