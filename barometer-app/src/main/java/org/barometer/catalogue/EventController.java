package org.barometer.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.barometer.account.Actor;
import org.barometer.account.SignedIn;
import org.barometer.workspace.EditConflict;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import static org.barometer.catalogue.CatalogueController.RELATIONSHIP;
import static org.barometer.catalogue.CatalogueController.SECURITY;

/**
 * One event of a catalogue: its edit form, saving a change to it, deleting it, and its history. A change made to
 * a version someone else has changed since is answered with a conflict, never saved over theirs.
 */
@Controller
class EventController {

    private final CatalogueReading reading;
    private final CatalogueEditing editing;
    private final CatalogueView view;

    EventController(CatalogueReading reading, CatalogueEditing editing, CatalogueView view) {
        this.reading = reading;
        this.editing = editing;
        this.view = view;
    }

    @GetMapping({RELATIONSHIP + "/events/{id}/edit", SECURITY + "/events/{id}/edit"})
    String edit(@PathVariable int number, @PathVariable(required = false) String code, @PathVariable long id,
                @AuthenticationPrincipal SignedIn signedIn, HttpServletRequest request, HttpServletResponse response, Model model) {
        CatalogueContext context = reading.writable(signedIn.actor(), number, code);
        Entry entry = reading.entry(context, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("editing", id).addAttribute("editForm", EventForm.of(entry));
        return view.show(signedIn.actor(), number, code, request, response, model);
    }

    @PostMapping({RELATIONSHIP + "/events/{id}", SECURITY + "/events/{id}"})
    String update(@PathVariable int number, @PathVariable(required = false) String code, @PathVariable long id, EventForm form,
                  @AuthenticationPrincipal SignedIn signedIn, HttpServletRequest request, HttpServletResponse response, Model model) {
        Actor actor = signedIn.actor();
        CatalogueContext context = reading.writable(actor, number, code);
        if (form.version() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a change says which version of the event it changes");
        }
        FormReading.Reading read = FormReading.read(form, context.subject(), context.issue().period(), context.issue().bound());
        if (!read.accepted()) {
            response.setStatus(CatalogueView.REFUSED);
            model.addAttribute("editing", id).addAttribute("editForm", form).addAttribute("editProblems", new Problems(read.problems()));
            return view.show(actor, number, code, request, response, model);
        }
        CatalogueEditing.Outcome outcome = editing.update(actor, number, context.subject(), id, form.version(), read.draft());
        if (outcome instanceof CatalogueEditing.Conflict conflict) {
            requireKnown(context, id, conflict);
            return view.conflict(actor, number, code, id, new EditConflict<>(form, conflict.stored().orElse(null), form.version()),
                    request, response, model);
        }
        return afterChange(actor, number, code, context.subject().path(number) + "#event-" + id, request, response, model);
    }

    @PostMapping({RELATIONSHIP + "/events/{id}/delete", SECURITY + "/events/{id}/delete"})
    String delete(@PathVariable int number, @PathVariable(required = false) String code, @PathVariable long id, @RequestParam int version,
                  @AuthenticationPrincipal SignedIn signedIn, HttpServletRequest request, HttpServletResponse response, Model model) {
        Actor actor = signedIn.actor();
        CatalogueContext context = reading.writable(actor, number, code);
        CatalogueEditing.Outcome outcome = editing.delete(actor, number, context.subject(), id, version);
        if (outcome instanceof CatalogueEditing.Conflict conflict) {
            requireKnown(context, id, conflict);
            return view.conflict(actor, number, code, id, new EditConflict<EventForm, Entry>(null, conflict.stored().orElse(null), version),
                    request, response, model);
        }
        return afterChange(actor, number, code, context.subject().path(number), request, response, model);
    }

    @GetMapping({RELATIONSHIP + "/events/{id}/history", SECURITY + "/events/{id}/history"})
    String history(@PathVariable int number, @PathVariable(required = false) String code, @PathVariable long id,
                   @AuthenticationPrincipal SignedIn signedIn, Locale locale, Model model) {
        CatalogueContext context = reading.context(number, code);
        Optional<Entry> entry = reading.entry(context, id);
        List<CatalogueReading.HistoryLine> lines = reading.history(context, id, locale);
        if (entry.isEmpty() && lines.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("page", reading.page(signedIn.actor(), number, code));
        model.addAttribute("id", id).addAttribute("entry", entry.orElse(null)).addAttribute("lines", lines);
        return "catalogue/history";
    }

    /** An event this catalogue never had is not found, rather than a conflict with its deletion. */
    private void requireKnown(CatalogueContext context, long id, CatalogueEditing.Conflict conflict) {
        if (conflict.stored().isEmpty() && reading.history(context, id, Locale.ENGLISH).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private String afterChange(Actor actor, int number, String code, String back, HttpServletRequest request, HttpServletResponse response,
                               Model model) {
        if (!Htmx.asked(request)) {
            return "redirect:" + back;
        }
        return view.show(actor, number, code, request, response, model);
    }
}
