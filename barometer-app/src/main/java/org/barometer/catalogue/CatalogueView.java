package org.barometer.catalogue;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.barometer.account.Actor;
import org.barometer.issue.Revisions;
import org.barometer.readiness.Readiness;
import org.barometer.workspace.EditConflict;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Renders a catalogue after a request: the whole page for a plain browser, only its catalogue part for htmx. What
 * the request leaves in the model (a refused form and its problems, the event being edited) is shown with it.
 */
@Component
class CatalogueView {

    static final String PAGE = "catalogue/catalogue";
    static final String PART = "catalogue/catalogue :: catalogue";
    static final String CONFLICT_PAGE = "catalogue/conflict";
    static final String CONFLICT_PART = "catalogue/conflict :: catalogue";
    static final int REFUSED = 422;
    static final int CONFLICT = 409;

    private final CatalogueReading reading;
    private final Revisions revisions;
    private final Readiness readiness;

    CatalogueView(CatalogueReading reading, Revisions revisions, Readiness readiness) {
        this.reading = reading;
        this.revisions = revisions;
        this.readiness = readiness;
    }

    String show(Actor actor, int number, String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        CataloguePage page = reading.page(actor, number, code);
        model.addAttribute("page", page);
        model.addAttribute("pasteMaxBytes", PastedRows.MAX_BYTES).addAttribute("uploadMaxBytes", UploadedRows.MAX_BYTES);
        if (!model.containsAttribute("addForm")) {
            model.addAttribute("addForm", EventForm.EMPTY);
        }
        if (!model.containsAttribute("addProblems")) {
            model.addAttribute("addProblems", Problems.NONE);
        }
        if (!model.containsAttribute("editProblems")) {
            model.addAttribute("editProblems", Problems.NONE);
        }
        if (Htmx.asked(request)) {
            Htmx.intoCatalogue(response);
            return PART;
        }
        revisions.ref(number).flatMap(ref -> readiness.row(actor, ref, page.subject().code()))
                .ifPresent(part -> model.addAttribute("part", part));
        return PAGE;
    }

    /** A change not made because the event changed (or went) since the editor read it: both versions, and the choice. */
    String conflict(Actor actor, int number, String code, long id, EditConflict<EventForm, Entry> conflict, HttpServletRequest request,
                    HttpServletResponse response, Model model) {
        response.setStatus(CONFLICT);
        CataloguePage page = reading.page(actor, number, code);
        model.addAttribute("page", page);
        model.addAttribute("conflict", conflict.withLastChange(reading.lastChange(page.subject(), id).orElse(null)));
        model.addAttribute("conflictId", id);
        model.addAttribute("differs", conflict.yours() == null || conflict.stored() == null ? Set.of()
                : conflict.yours().differences(conflict.stored(), page.subject().scoreFields()));
        // the writer's own version, to save over the stored one (or to add again if the stored one is gone)
        model.addAttribute("keepMine", conflict.update() && !conflict.storedGone()
                ? conflict.yours().withVersion(conflict.stored().version()) : conflict.yours());
        model.addAttribute("editProblems", Problems.NONE);
        if (Htmx.asked(request)) {
            Htmx.intoCatalogue(response);
            return CONFLICT_PART;
        }
        return CONFLICT_PAGE;
    }
}
