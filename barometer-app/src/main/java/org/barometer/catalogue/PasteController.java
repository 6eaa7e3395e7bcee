package org.barometer.catalogue;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.barometer.account.Actor;
import org.barometer.account.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import static org.barometer.catalogue.CatalogueController.RELATIONSHIP;
import static org.barometer.catalogue.CatalogueController.SECURITY;

/**
 * Many events pasted at once from a spreadsheet or a Word table: a preview of every row as it reads, with every
 * problem on its line, and nothing stored until the analyst confirms; the confirmed text is read again and its rows
 * stored all together or not at all. An uploaded .xlsx sheet or .docx table comes to the same preview as the text its
 * rows would paste as, and is confirmed as that text.
 */
@Controller
class PasteController {

    static final String PAGE = "catalogue/paste";

    private final CatalogueReading reading;
    private final CatalogueEditing editing;

    PasteController(CatalogueReading reading, CatalogueEditing editing) {
        this.reading = reading;
        this.editing = editing;
    }

    @PostMapping({RELATIONSHIP + "/paste", SECURITY + "/paste"})
    String preview(@PathVariable int number, @PathVariable(required = false) String code, @RequestParam(defaultValue = "") String pasted,
                   @AuthenticationPrincipal SignedIn signedIn, HttpServletResponse response, Model model) {
        CatalogueContext context = reading.writable(signedIn.actor(), number, code);
        PastedRows rows = read(context, pasted);
        if (!rows.storable()) {
            response.setStatus(CatalogueView.REFUSED);
        }
        return show(signedIn.actor(), number, code, pasted, rows, model);
    }

    @PostMapping({RELATIONSHIP + "/upload", SECURITY + "/upload"})
    String upload(@PathVariable int number, @PathVariable(required = false) String code, @RequestParam(required = false) MultipartFile file,
                  @AuthenticationPrincipal SignedIn signedIn, HttpServletResponse response, Model model) throws IOException {
        CatalogueContext context = reading.writable(signedIn.actor(), number, code);
        UploadedRows uploaded = file == null ? UploadedRows.refusedWith("catalogue.upload.none")
                : file.getSize() > UploadedRows.MAX_BYTES ? UploadedRows.tooLarge()
                : UploadedRows.read(file.getBytes(), context.subject(), context.issue().period());
        PastedRows rows = uploaded.refused() ? PastedRows.refused(uploaded.refusal()) : read(context, uploaded.text());
        if (!rows.storable()) {
            response.setStatus(CatalogueView.REFUSED);
        }
        model.addAttribute("uploaded", file == null ? "" : file.getOriginalFilename());
        return show(signedIn.actor(), number, code, rows.tooLarge() ? "" : uploaded.text(), rows, model);
    }

    @PostMapping({RELATIONSHIP + "/paste/confirm", SECURITY + "/paste/confirm"})
    String confirm(@PathVariable int number, @PathVariable(required = false) String code, @RequestParam(defaultValue = "") String pasted,
                   @AuthenticationPrincipal SignedIn signedIn, HttpServletResponse response, Model model) {
        Actor actor = signedIn.actor();
        CatalogueContext context = reading.writable(actor, number, code);
        PastedRows rows = read(context, pasted);
        if (!rows.storable()) {
            response.setStatus(CatalogueView.REFUSED);
            return show(actor, number, code, pasted, rows, model);
        }
        editing.addAll(actor, number, context.subject(), rows.drafts());
        return "redirect:" + context.subject().path(number) + "#events";
    }

    private static PastedRows read(CatalogueContext context, String pasted) {
        return PastedRows.read(pasted, context.subject(), context.issue().period(), context.issue().bound());
    }

    private String show(Actor actor, int number, String code, String pasted, PastedRows rows, Model model) {
        model.addAttribute("page", reading.page(actor, number, code));
        model.addAttribute("pasted", rows.tooLarge() ? "" : pasted).addAttribute("rows", rows).addAttribute("pasteMaxBytes", PastedRows.MAX_BYTES);
        return PAGE;
    }
}
