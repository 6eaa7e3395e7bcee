package org.barometer.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.barometer.account.Actor;
import org.barometer.account.SignedIn;
import org.barometer.issue.EventStore;
import org.barometer.issue.IssueRef;
import org.barometer.issue.Revisions;
import org.barometer.issue.StoredEvent;
import org.barometer.method.Catalogue;
import org.barometer.method.Issue;
import org.barometer.workspace.FormProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of double scoring: the editor's overview of an issue (reliability per part, disagreements to decide), the
 * editor's sample of one catalogue, and the second coder's blind page, which shows an event's date, descriptions and
 * sources and never its first score or who gave it. Bad input answers with the page and the problem, nothing changed.
 */
@Controller
class DoubleScoringController {

    private final DoubleScoring scoring;
    private final Revisions revisions;
    private final EventStore events;
    private final org.springframework.context.MessageSource messages;

    DoubleScoringController(DoubleScoring scoring, Revisions revisions, EventStore events,
                            org.springframework.context.MessageSource messages) {
        this.scoring = scoring;
        this.revisions = revisions;
        this.events = events;
        this.messages = messages;
    }

    /** A catalogue of the issue with its sample, as the overview lists them. */
    record CatalogueRow(String code, String name, Optional<DoubleStore.Sample> sample, int sampled, int scored) {
    }

    /** An event scored twice whose scores the editor is to decide between, or has decided. */
    record DisputeRow(String catalogue, String name, StoredEvent event, DoubleScoring.Pair pair) {
    }

    /** An event of a catalogue on the editor's sample page: in the sample or not, and its second score. */
    record SampleRow(StoredEvent event, Optional<DoubleStore.Second> second) {
    }

    @GetMapping("/workspace/issues/{number}/double")
    String overview(@PathVariable int number, @AuthenticationPrincipal SignedIn signedIn, Model model, java.util.Locale locale) {
        editor(signedIn);
        IssueRef ref = ref(number);
        Issue issue = scoring.issue(ref, EventStore.SECURITY);
        List<CatalogueRow> catalogues = new ArrayList<>();
        List<DisputeRow> disputes = new ArrayList<>();
        for (String code : codes(issue)) {
            List<DoubleStore.Second> seconds = scoring.seconds(ref.id(), code);
            catalogues.add(new CatalogueRow(code, name(issue, code, locale), scoring.sample(ref.id(), code), seconds.size(),
                    (int) seconds.stream().filter(DoubleStore.Second::scored).count()));
            Map<String, StoredEvent> byUid = byUid(ref, code);
            scoring.pairs(ref.id(), code).stream().filter(DoubleScoring.Pair::disagrees)
                    .forEach(pair -> disputes.add(new DisputeRow(code, name(issue, code, locale), byUid.get(pair.uid()), pair)));
        }
        model.addAttribute("number", number).addAttribute("ref", ref).addAttribute("catalogues", catalogues)
                .addAttribute("disputes", disputes).addAttribute("parts", scoring.reliability(ref.id()))
                .addAttribute("names", names(issue, locale))
                .addAttribute("bound", issue.bound());
        return "reliability/overview";
    }

    @GetMapping("/workspace/issues/{number}/double/{catalogue}")
    String sample(@PathVariable int number, @PathVariable String catalogue, @AuthenticationPrincipal SignedIn signedIn, Model model,
                  java.util.Locale locale) {
        editor(signedIn);
        IssueRef ref = ref(number);
        Issue issue = scoring.issue(ref, catalogue);
        Map<String, DoubleStore.Second> seconds = scoring.seconds(ref.id(), catalogue).stream()
                .collect(Collectors.toMap(DoubleStore.Second::uid, Function.identity()));
        List<SampleRow> rows = events.catalogue(ref.id(), catalogue).stream()
                .map(event -> new SampleRow(event, Optional.ofNullable(seconds.get(event.uid())))).toList();
        model.addAttribute("number", number).addAttribute("ref", ref).addAttribute("catalogue", catalogue)
                .addAttribute("name", name(issue, catalogue, locale)).addAttribute("rows", rows)
                .addAttribute("sample", scoring.sample(ref.id(), catalogue)).addAttribute("coders", scoring.secondCoders(catalogue))
                .addAttribute("defaultShare", DoubleScoring.DEFAULT_SHARE);
        return "reliability/sample";
    }

    @PostMapping("/workspace/issues/{number}/double/{catalogue}/draw")
    String draw(@PathVariable int number, @PathVariable String catalogue, @RequestParam(defaultValue = "") String share,
                @RequestParam(defaultValue = "") String seed, @RequestParam(defaultValue = "") String coder,
                @AuthenticationPrincipal SignedIn signedIn, RedirectAttributes redirect) {
        Integer parsedShare = number(share, "double.error.share", Integer::valueOf);
        Long parsedSeed = number(seed, "double.error.seed", Long::valueOf);
        scoring.draw(signedIn.actor(), number, catalogue, parsedShare, parsedSeed, coder);
        return done(redirect, "double.done.drawn", samplePage(number, catalogue));
    }

    @PostMapping("/workspace/issues/{number}/double/{catalogue}/add")
    String add(@PathVariable int number, @PathVariable String catalogue, @RequestParam String event,
               @AuthenticationPrincipal SignedIn signedIn, RedirectAttributes redirect) {
        scoring.add(signedIn.actor(), number, catalogue, event);
        return done(redirect, "double.done.added", samplePage(number, catalogue));
    }

    @PostMapping("/workspace/issues/{number}/double/{catalogue}/remove")
    String remove(@PathVariable int number, @PathVariable String catalogue, @RequestParam String event,
                  @AuthenticationPrincipal SignedIn signedIn, RedirectAttributes redirect) {
        scoring.remove(signedIn.actor(), number, catalogue, event);
        return done(redirect, "double.done.removed", samplePage(number, catalogue));
    }

    @PostMapping("/workspace/issues/{number}/double/{catalogue}/decide")
    String decide(@PathVariable int number, @PathVariable String catalogue, @RequestParam String event,
                  @RequestParam Map<String, String> form, @AuthenticationPrincipal SignedIn signedIn, RedirectAttributes redirect) {
        scoring.adjudicate(signedIn.actor(), number, catalogue, event, scores(catalogue, form), form.getOrDefault("reason", ""));
        return done(redirect, "double.done.decided", "/workspace/issues/" + number + "/double");
    }

    /** The samples this account scores second, in every issue not yet published. */
    @GetMapping("/workspace/second")
    String assignments(@AuthenticationPrincipal SignedIn signedIn, Model model) {
        model.addAttribute("assignments", scoring.assignments(signedIn.actor().username()));
        return "reliability/assignments";
    }

    /** The second coder's blind page: never the first score, never the first coder's name. */
    @GetMapping("/workspace/issues/{number}/second/{catalogue}")
    String second(@PathVariable int number, @PathVariable String catalogue, @AuthenticationPrincipal SignedIn signedIn, Model model,
                  java.util.Locale locale) {
        IssueRef ref = ref(number);
        Issue issue = scoring.issue(ref, catalogue);
        scoring.requireSecondCoder(signedIn.actor(), ref, catalogue);
        Map<String, StoredEvent> byUid = byUid(ref, catalogue);
        List<BlindRow> rows = scoring.seconds(ref.id(), catalogue).stream().filter(second -> byUid.containsKey(second.uid()))
                .map(second -> BlindRow.of(byUid.get(second.uid()), second)).toList();
        model.addAttribute("number", number).addAttribute("catalogue", catalogue).addAttribute("name", name(issue, catalogue, locale))
                .addAttribute("rows", rows).addAttribute("columns", EventStore.scoreColumns(catalogue)).addAttribute("bound", issue.bound());
        return "reliability/second";
    }

    /** What the second coder sees of an event: no first score and no first coder, by construction. */
    record BlindRow(String uid, String date, String description, String descriptionRu, List<String> sources, List<Integer> mine) {
        static BlindRow of(StoredEvent event, DoubleStore.Second second) {
            return new BlindRow(event.uid(), event.content().date().written(), event.content().description(), event.content().descriptionRu(),
                    event.content().sources(), second.scores());
        }

        public String mine(int column) {
            return mine.isEmpty() ? "" : String.valueOf(mine.get(column));
        }
    }

    @PostMapping("/workspace/issues/{number}/second/{catalogue}")
    String score(@PathVariable int number, @PathVariable String catalogue, @RequestParam String event,
                 @RequestParam Map<String, String> form, @AuthenticationPrincipal SignedIn signedIn, RedirectAttributes redirect) {
        scoring.score(signedIn.actor(), number, catalogue, event, scores(catalogue, form));
        return done(redirect, "double.done.scored", "/workspace/issues/" + number + "/second/" + catalogue + "#event-" + event);
    }

    /** Bad input: back to the page it came from with the problem; nothing was changed. */
    @ExceptionHandler(DoubleScoring.Refused.class)
    String refused(DoubleScoring.Refused refused, jakarta.servlet.http.HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problems", List.of(FormProblem.of("", refused.key())));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.endsWith("/decide")) {
            return "redirect:" + path.replaceFirst("/[^/]+/decide$", "");
        }
        return "redirect:" + (path.contains("/double/") ? path.substring(0, path.lastIndexOf('/')) : path);
    }

    private static List<Integer> scores(String catalogue, Map<String, String> form) {
        List<Integer> scores = new ArrayList<>();
        for (String column : EventStore.scoreColumns(catalogue)) {
            scores.add(number(form.getOrDefault(column, ""), "double.error.score", Integer::valueOf));
        }
        if (scores.contains(null)) {
            throw new DoubleScoring.Refused("double.error.score");
        }
        return scores;
    }

    private static <T> T number(String text, String key, Function<String, T> parse) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text.strip().replace('\u2212', '-'));
        } catch (NumberFormatException e) {
            throw new DoubleScoring.Refused(key);
        }
    }

    private static String done(RedirectAttributes redirect, String key, String to) {
        redirect.addFlashAttribute("done", key);
        return "redirect:" + to;
    }

    private static String samplePage(int number, String catalogue) {
        return "/workspace/issues/" + number + "/double/" + catalogue;
    }

    private IssueRef ref(int number) {
        return revisions.ref(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no issue No. " + number));
    }

    private Map<String, StoredEvent> byUid(IssueRef ref, String catalogue) {
        return events.catalogue(ref.id(), catalogue).stream().collect(Collectors.toMap(StoredEvent::uid, Function.identity()));
    }

    private static List<String> codes(Issue issue) {
        List<String> codes = new ArrayList<>(issue.catalogues().stream().map(Catalogue::relationship).map(r -> r.code()).toList());
        codes.add(EventStore.SECURITY);
        return codes;
    }

    /** The relationships' names by code, for the parts of the reliability table. */
    private Map<String, String> names(Issue issue, java.util.Locale locale) {
        return issue.catalogues().stream().map(Catalogue::relationship)
                .collect(Collectors.toMap(r -> r.code(), r -> name(issue, r.code(), locale), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** The relationship as the publication names it in the page's language (i18n/report), else as the issue names it; null for security. */
    private String name(Issue issue, String code, java.util.Locale locale) {
        return EventStore.SECURITY.equals(code) ? null : messages.getMessage("report.relationship." + code, null, issue.nameOf(code), locale);
    }

    private static void editor(SignedIn signedIn) {
        Actor actor = signedIn.actor();
        if (!actor.isEditor()) {
            throw new AccessDeniedException("only the editor sees the double scoring of an issue");
        }
    }
}
