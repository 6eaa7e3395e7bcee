package org.barometer.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.barometer.account.SignedIn;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.barometer.method.Issue;
import org.barometer.method.NarrativeParts;
import org.barometer.readiness.Readiness;
import org.barometer.reliability.Blindness;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The narrative of one subject of an issue's latest revision: read it, preview a change, save it. */
@Controller
@RequestMapping("/workspace/issues/{number}/narrative/{code}")
class NarrativeController {

    private final IssueStore issues;
    private final Revisions revisions;
    private final Narratives narratives;
    private final NarrativeEditing editing;
    private final Readiness readiness;
    private final Forecasts forecasts;
    private final Blindness blindness;

    NarrativeController(IssueStore issues, Revisions revisions, Narratives narratives, NarrativeEditing editing, Readiness readiness,
                        Forecasts forecasts, Blindness blindness) {
        this.blindness = blindness;
        this.readiness = readiness;
        this.forecasts = forecasts;
        this.issues = issues;
        this.revisions = revisions;
        this.narratives = narratives;
        this.editing = editing;
    }

    /** One language of one part as the page shows it: the Markdown to edit and its rendering. */
    record TextView(String language, String markdown, int version, String html) {
    }

    record PartView(String part, List<TextView> texts) {
    }

    @GetMapping
    String edit(@PathVariable int number, @PathVariable String code, @AuthenticationPrincipal SignedIn signedIn, Model model) {
        Page page = page(number, code);
        return show(page, stored(page), signedIn, model);
    }

    /** Adds a forecast statement to the section; a refused one shows the page again with the reasons by their fields. */
    @PostMapping("/forecasts")
    ModelAndView addForecast(@PathVariable int number, @PathVariable String code, @RequestParam Map<String, String> form,
                             @AuthenticationPrincipal SignedIn signedIn, Model model) {
        Page page = page(number, code);
        ForecastForm written = ForecastForm.of(form);
        ForecastForm.Outcome outcome = forecasts.add(signedIn.actor(), number, page.subject(), written);
        if (outcome.statement() != null) {
            return new ModelAndView("redirect:/workspace/issues/" + number + "/narrative/" + code + "#forecasts");
        }
        model.addAttribute("forecastForm", written);
        model.addAttribute("forecastProblems", new Problems(outcome.problems()));
        return new ModelAndView(show(page, stored(page), signedIn, model), model.asMap(), HttpStatus.BAD_REQUEST);
    }

    @PostMapping("/forecasts/{seq}/delete")
    String removeForecast(@PathVariable int number, @PathVariable String code, @PathVariable int seq,
                          @AuthenticationPrincipal SignedIn signedIn) {
        Page page = page(number, code);
        forecasts.remove(signedIn.actor(), number, page.subject(), seq);
        return "redirect:/workspace/issues/" + number + "/narrative/" + code + "#forecasts";
    }

    /** The problems of a refused form, by the field each names. */
    record Problems(List<org.barometer.workspace.FormProblem> all) {
        public List<org.barometer.workspace.FormProblem> of(String field) {
            return all.stream().filter(problem -> problem.field().equals(field)).toList();
        }

        public boolean isEmpty() {
            return all.isEmpty();
        }
    }

    /** The section's texts as stored, each with its version. */
    private List<NarrativeEditing.Draft> stored(Page page) {
        String code = page.subject().code();
        IssueNarrative stored = narratives.of(page.ref());
        List<NarrativeEditing.Draft> texts = new ArrayList<>();
        for (String part : page.subject().parts()) {
            for (String language : NarrativeParts.LANGUAGES) {
                NarrativeText text = stored.text(code, part, language).orElse(new NarrativeText(code, part, language, "", 0));
                texts.add(new NarrativeEditing.Draft(part, language, text.markdown(), text.version()));
            }
        }
        return texts;
    }

    @PostMapping("/preview")
    String preview(@PathVariable int number, @PathVariable String code, @RequestParam Map<String, String> form,
                   @AuthenticationPrincipal SignedIn signedIn, Model model) {
        Page page = page(number, code);
        model.addAttribute("preview", true);
        return show(page, drafts(page.subject(), form), signedIn, model);
    }

    @PostMapping
    ModelAndView save(@PathVariable int number, @PathVariable String code, @RequestParam Map<String, String> form,
                      @AuthenticationPrincipal SignedIn signedIn, RedirectAttributes redirect) {
        Page page = page(number, code);
        List<NarrativeEditing.Draft> drafts = drafts(page.subject(), form);
        try {
            int saved = editing.save(signedIn.actor(), number, page.subject(), drafts);
            redirect.addFlashAttribute("saved", saved);
            return new ModelAndView("redirect:/workspace/issues/" + number + "/narrative/" + code);
        } catch (NarrativeEditing.StaleNarrative stale) {
            ModelAndView conflict = new ModelAndView("narrative/conflict", HttpStatus.CONFLICT);
            conflict.addObject("number", number);
            conflict.addObject("subject", page.subject());
            conflict.addObject("conflicts", stale.conflicts().stream()
                    .map(c -> new ConflictView(c.yours(), narratives.render(c.yours().markdown()), c.stored(), c.stored().html()))
                    .toList());
            conflict.addObject("others", drafts.stream()
                    .filter(d -> stale.conflicts().stream().noneMatch(c -> c.yours().equals(d)))
                    .toList());
            return conflict;
        }
    }

    record ConflictView(NarrativeEditing.Draft yours, String yoursHtml, NarrativeText stored, String storedHtml) {

        /** Whether the writer's text says something else than the one saved meanwhile (as the event conflict marks its fields). */
        public boolean differs() {
            return !yours.markdown().equals(stored.markdown());
        }

        /** The text's part and language, as form fields and anchors name it: trends.en. */
        public String field() {
            return yours.part() + "." + yours.language();
        }
    }

    private record Page(Issue issue, IssueRef ref, Subject subject) {
    }

    private Page page(int number, String code) {
        IssueRef ref = revisions.ref(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Issue issue = issues.find(ref.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Subject subject = Subject.of(issue, code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new Page(issue, ref, subject);
    }

    /** The page, refused (403) to a second coder still scoring its part blind: it names the part's owner and its state. */
    private String show(Page page, List<NarrativeEditing.Draft> texts, SignedIn signedIn, Model model) {
        blindness.requireSighted(signedIn.actor(), page.ref(), page.subject().code());
        List<PartView> parts = page.subject().parts().stream()
                .map(part -> new PartView(part, texts.stream()
                        .filter(text -> text.part().equals(part))
                        .map(text -> new TextView(text.language(), text.markdown(), text.version(), narratives.render(text.markdown())))
                        .toList()))
                .toList();
        model.addAttribute("issue", page.issue());
        model.addAttribute("ref", page.ref());
        model.addAttribute("subject", page.subject());
        model.addAttribute("parts", parts);
        model.addAttribute("editable", page.subject().mayEdit(signedIn.actor(), page.ref().status()));
        Subject subject = page.subject();
        model.addAttribute("forecastSection", ForecastForm.carries(subject));
        if (ForecastForm.carries(subject)) {
            model.addAttribute("forecasts", forecasts.of(page.ref()).stream().filter(f -> f.section().equals(subject.code())).toList());
            model.addAttribute("figures", ForecastForm.figures(subject).stream().map(org.barometer.method.Figure::key).toList());
            model.addAttribute("colours", page.issue().scale().bands().stream().map(org.barometer.method.ColourBand::colour).toList());
            model.addAttribute("forecastEditable", subject.mayEdit(signedIn.actor(), page.ref().status())
                    && page.ref().status() == org.barometer.method.IssueStatus.DRAFT);
            model.addAttribute("nextIssue", page.issue().number() + 1);
            if (!model.containsAttribute("forecastForm")) {
                model.addAttribute("forecastForm", new ForecastForm("", "", "", "", "", "", ""));
                model.addAttribute("forecastProblems", new Problems(List.of()));
            }
        }
        model.addAttribute("part", readiness.row(signedIn.actor(), page.ref(), Readiness.partOf(page.subject().code())).orElse(null));
        return "narrative/edit";
    }

    /** The texts the form sent, each with the version its writer read; parts and languages not sent are left alone. */
    private static List<NarrativeEditing.Draft> drafts(Subject subject, Map<String, String> form) {
        List<NarrativeEditing.Draft> drafts = new ArrayList<>();
        for (String part : subject.parts()) {
            for (String language : NarrativeParts.LANGUAGES) {
                String body = form.get("body." + part + "." + language);
                if (body != null) {
                    drafts.add(new NarrativeEditing.Draft(part, language, body, version(form.get("version." + part + "." + language))));
                }
            }
        }
        return drafts;
    }

    private static int version(String written) {
        try {
            return written == null || written.isBlank() ? 0 : Integer.parseInt(written.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "version: not a number");
        }
    }
}
