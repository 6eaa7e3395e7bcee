package org.barometer.catalogue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.barometer.account.Actor;
import org.barometer.account.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A catalogue page (a relationship's, or security's) of the latest revision of an issue, adding an event to it, and
 * the live checks of an event being typed. Reading is for every member; adding for those who may edit the subject.
 */
@Controller
class CatalogueController {

    static final String RELATIONSHIP = "/workspace/issues/{number}/catalogue/{code}";
    static final String SECURITY = "/workspace/issues/{number}/security";

    private final CatalogueReading reading;
    private final CatalogueEditing editing;
    private final CatalogueView view;

    CatalogueController(CatalogueReading reading, CatalogueEditing editing, CatalogueView view) {
        this.reading = reading;
        this.editing = editing;
        this.view = view;
    }

    @GetMapping({RELATIONSHIP, SECURITY})
    String page(@PathVariable int number, @PathVariable(required = false) String code, @AuthenticationPrincipal SignedIn signedIn,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        return view.show(signedIn.actor(), number, code, request, response, model);
    }

    @PostMapping({RELATIONSHIP + "/events", SECURITY + "/events"})
    String add(@PathVariable int number, @PathVariable(required = false) String code, EventForm form,
               @AuthenticationPrincipal SignedIn signedIn, HttpServletRequest request, HttpServletResponse response, Model model) {
        Actor actor = signedIn.actor();
        CatalogueContext context = reading.writable(actor, number, code);
        FormReading.Reading read = FormReading.read(form, context.subject(), context.issue().period(), context.issue().bound());
        if (!read.accepted()) {
            response.setStatus(CatalogueView.REFUSED);
            model.addAttribute("addForm", form).addAttribute("addProblems", new Problems(read.problems()));
            return view.show(actor, number, code, request, response, model);
        }
        CatalogueEditing.Saved saved = editing.add(actor, number, context.subject(), read.draft());
        if (!Htmx.asked(request)) {
            return "redirect:" + context.subject().path(number) + "#event-" + saved.id();
        }
        return view.show(actor, number, code, request, response, model);
    }

    /** Warnings about the event being typed; changes nothing. */
    @PostMapping({RELATIONSHIP + "/check", SECURITY + "/check"})
    String check(@PathVariable int number, @PathVariable(required = false) String code, EventForm form, Model model) {
        CatalogueContext context = reading.context(number, code);
        model.addAttribute("warnings", LiveCheck.warnings(form, context.subject(), context.issue().period(), context.issue().bound(),
                reading.entries(context)));
        return "catalogue/catalogue :: warnings";
    }
}
