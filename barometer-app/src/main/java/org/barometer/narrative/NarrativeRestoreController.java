package org.barometer.narrative;

import org.barometer.account.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The editor's "Restore" on the history for a narrative text: the text as it was before a change. */
@Controller
class NarrativeRestoreController {

    private final NarrativeRestore restore;

    NarrativeRestoreController(NarrativeRestore restore) {
        this.restore = restore;
    }

    @PostMapping("/workspace/issues/{number}/history/{change}/restore-text")
    String restore(@PathVariable int number, @PathVariable long change, @AuthenticationPrincipal SignedIn signedIn) {
        restore.restore(signedIn.actor(), number, change);
        return "redirect:/workspace/issues/" + number + "/history";
    }
}
